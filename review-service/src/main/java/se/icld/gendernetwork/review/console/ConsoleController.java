package se.icld.gendernetwork.review.console;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.review.access.AccessRecords;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Claim;
import se.icld.gendernetwork.review.application.InvalidReviewException;
import se.icld.gendernetwork.review.application.ReviewProblem;
import se.icld.gendernetwork.review.application.ReviewSubmission;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.review.criteria.CallCriteria;
import se.icld.gendernetwork.review.criteria.Criterion;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.queue.QueueParameters;
import se.icld.gendernetwork.review.queue.ReviewQueue;
import se.icld.gendernetwork.review.web.InvalidParameterException;
import se.icld.gendernetwork.review.workflow.ReviewerActions;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.submission.FocusArea;

/**
 * The reviewer console: the queue and one application with its forms. Every action is a POST
 * form (CSRF-protected by the page chain) calling {@link ReviewerActions}, then a redirect back
 * to the application (post/redirect/get). A refused change is shown on the page with 409.
 */
@Controller
@RequiredArgsConstructor
class ConsoleController {

    static final int PAGE_SIZE = 20;
    /** The view the queue opens with: the undecided applications, never a list of closed ones. */
    static final QueueView DEFAULT_VIEW = QueueView.OPEN;
    static final int MAX_TEXT = 4000;

    private final ReviewQueue queue;
    private final ReviewerActions actions;
    private final MessageSource messages;
    private final Clock clock;
    private final CallCriteria criteria;
    private final AccessRecords accesses;
    private final ConsoleTimeZone zones;
    private final DecisionEmails emails;
    private final Calls calls;
    private final ConsoleCalls callPanel;

    /** The queue's parameters as the console's links and forms carry them (all optional). */
    record QueueQuery(String view, String status, String country, String municipality, String focusArea,
            String workshop, String language, String q, String sort, String size, String callId) {

        /**
         * Checked and read ({@link QueueParameters}); the console's default view is {@code open}, its
         * default call every call (no {@code callId}).
         */
        QueueParameters.Selection selection(String reader, Calls calls) {
            return QueueParameters.selection(reader, DEFAULT_VIEW, view, status, country, municipality, focusArea,
                    workshop, language, q, sort, QueueParameters.callId(callId, calls));
        }

        int pageSize() {
            int wanted;
            try {
                wanted = size == null || size.isBlank() ? PAGE_SIZE : Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("size", "must be a number.");
            }
            QueueParameters.checkSize(wanted);
            return wanted;
        }
    }

    /** A tab of the queue: a view, its count with the current filters, its link, whether it is shown. */
    record Tab(String view, long count, String link, boolean current) {
    }

    @ModelAttribute("time")
    ConsoleTime time(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return zones.time(request, response, locale);
    }

    @GetMapping("/console")
    String queue(QueueQuery query, @RequestParam(defaultValue = "0") int page, Principal reviewer, Locale locale,
            Model model, HttpServletResponse response) {
        QueueParameters.Selection selection;
        int size;
        try {
            selection = query.selection(reviewer.getName(), calls);
            size = query.pageSize();
        } catch (InvalidParameterException e) {
            return invalidQueue(e, reviewer, locale, model, response);
        }
        ReviewQueue.Filter filter = selection.filter();
        // Every view's count, this one's among them: each count reads what it matches, so none twice.
        Map<QueueView, Long> counts = queue.countByView(filter);
        long total = counts.get(filter.view());
        try {
            QueueParameters.checkPage(page, total, size);
        } catch (InvalidParameterException e) {
            return invalidQueue(e, reviewer, locale, model, response);
        }
        ReviewQueue.Page result = queue.find(filter, selection.order(), page, size, total);
        ConsoleTime time = (ConsoleTime) model.getAttribute("time");
        Instant now = Instant.now(clock);
        long pages = Math.max(1, (result.total() + size - 1) / size);
        String carried = carried(selection, size);
        model.addAttribute("reviewer", reviewer.getName());
        model.addAttribute("statuses", Arrays.asList(Status.values()));
        model.addAttribute("filter", filter);
        model.addAttribute("order", selection.order());
        model.addAttribute("size", size);
        model.addAttribute("tabs", Arrays.stream(QueueView.values())
                .map(v -> new Tab(v.wire(), counts.get(v), "/console?" + carried(new QueueParameters.Selection(filter.in(v),
                        selection.order()), size), v == filter.view()))
                .toList());
        model.addAttribute("orders", Arrays.stream(QueueOrder.values()).map(QueueOrder::wire).toList());
        model.addAttribute("sizes", QueueParameters.PAGE_SIZES);
        model.addAttribute("focusAreas", Arrays.stream(FocusArea.values()).map(FocusArea::name).toList());
        model.addAttribute("workshops", QueueParameters.WORKSHOPS);
        model.addAttribute("languages", QueueParameters.LANGUAGES);
        model.addAttribute("zones", zones.zones());
        model.addAttribute("carried", carried);
        model.addAttribute("exportLink", "/console/export.csv?" + carried(selection, null));
        model.addAttribute("rows", result.items().stream()
                .map(a -> ConsoleViews.QueueRow.of(a, now, time, callPanel.title(a.callId(), locale))).toList());
        model.addAttribute("calls", callPanel.options(locale));
        model.addAttribute("callPanel", callPanel.rows(now, time));
        model.addAttribute("total", result.total());
        model.addAttribute("page", result.page() + 1);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", result.page() > 0 ? "/console?" + carried + "&page=" + (result.page() - 1) : null);
        model.addAttribute("next", result.page() + 1 < pages ? "/console?" + carried + "&page=" + (result.page() + 1) : null);
        return "review/console/queue";
    }

    /** A queue asked for with a parameter it does not know: 400, the reason in the reader's words, the default queue. */
    private String invalidQueue(InvalidParameterException e, Principal reviewer, Locale locale, Model model,
            HttpServletResponse response) {
        String label = messages.getMessage("queue.param." + e.parameter(), null, e.parameter(), locale);
        String page = queue(new QueueQuery(null, null, null, null, null, null, null, null, null, null, null), 0, reviewer,
                locale, model, response);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", messages.getMessage("queue.problem.parameter", new Object[] {label}, locale));
        return page;
    }

    /**
     * The selection as query parameters ({@code view=open&sort=oldest&...}, encoded), for the tabs, the
     * pager, the detail's links and the export: every link keeps the view, filters, order and size.
     */
    static String carried(QueueParameters.Selection selection, Integer size) {
        ReviewQueue.Filter f = selection.filter();
        UriComponentsBuilder link = UriComponentsBuilder.newInstance().queryParam("view", f.view().wire());
        if (f.status() != null) {
            link.queryParam("status", f.status().name());
        }
        addIfPresent(link, "country", f.country());
        addIfPresent(link, "municipality", f.municipality());
        addIfPresent(link, "focusArea", f.focusArea());
        addIfPresent(link, "workshop", f.workshop());
        addIfPresent(link, "language", f.language());
        addIfPresent(link, "q", f.text());
        addIfPresent(link, "callId", f.callId());
        link.queryParam("sort", selection.order().wire());
        if (size != null) {
            link.queryParam("size", size);
        }
        String uri = link.encode().build().toUriString();
        return uri.startsWith("?") ? uri.substring(1) : uri;
    }

    /**
     * One application. Opened from the queue, the address carries the queue's view, filters and order,
     * and the page links the previous and next application in it (a parameter the queue does not know:
     * no such links).
     */
    @GetMapping("/console/applications/{id}")
    String detail(@PathVariable UUID id, Principal reviewer, Locale locale, Model model) {
        String page = show(actions.get(id), reviewer, locale, model);
        accesses.viewed(id, reviewer.getName());
        return page;
    }

    /**
     * The queue the application page was opened from: its parameters in the address (GET), or, from
     * the page's forms, the hidden {@code queue} (the same parameters as one query string), so the page
     * keeps its queue links after an action. Null when there is none.
     */
    private static QueueQuery requestedQueue() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        java.util.function.UnaryOperator<String> parameter;
        if ("GET".equals(request.getMethod())) {
            if (request.getParameter("view") == null) {
                return null;
            }
            parameter = request::getParameter;
        } else {
            String queue = request.getParameter("queue");
            if (queue == null || queue.isBlank() || queue.length() > 2000) {
                return null;
            }
            org.springframework.util.MultiValueMap<String, String> parameters = UriComponentsBuilder.newInstance()
                    .query(queue).build().getQueryParams();
            parameter = name -> {
                String value = parameters.getFirst(name);
                return value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
            };
        }
        return new QueueQuery(parameter.apply("view"), parameter.apply("status"), parameter.apply("country"),
                parameter.apply("municipality"), parameter.apply("focusArea"), parameter.apply("workshop"),
                parameter.apply("language"), parameter.apply("q"), parameter.apply("sort"), parameter.apply("size"),
                parameter.apply("callId"));
    }

    /** The requested queue's parameters, checked and written again; null without a queue or with a wrong one. */
    private String requestedCarried(Principal reviewer) {
        QueueQuery query = requestedQueue();
        if (query == null || query.view() == null) {
            return null;
        }
        try {
            return carried(query.selection(reviewer.getName(), calls), query.size() == null ? null : query.pageSize());
        } catch (InvalidParameterException e) {
            return null;
        }
    }

    private void navigation(Application application, Principal reviewer, Model model) {
        QueueQuery query = requestedQueue();
        if (query == null || query.view() == null) {
            return;
        }
        try {
            QueueParameters.Selection selection = query.selection(reviewer.getName(), calls);
            Integer size = query.size() == null ? null : query.pageSize();
            String carried = carried(selection, size);
            model.addAttribute("carried", carried);
            ReviewQueue.Neighbours around = queue.neighbours(selection.filter(), selection.order(), application);
            model.addAttribute("backLink", "/console?" + carried);
            model.addAttribute("here", "/console/applications/" + application.id() + "?" + carried);
            model.addAttribute("previousLink",
                    around.previous() == null ? null : "/console/applications/" + around.previous() + "?" + carried);
            model.addAttribute("nextLink", around.next() == null ? null : "/console/applications/" + around.next() + "?" + carried);
        } catch (InvalidParameterException e) {
            // a link from elsewhere: the page without the queue's links
        }
    }

    @PostMapping("/console/applications/{id}/claim")
    String claim(@PathVariable UUID id, Principal reviewer, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, reviewer, locale, model, redirect, response, "done.claimed",
                () -> actions.claim(id, reviewer.getName()));
    }

    @PostMapping("/console/applications/{id}/release")
    String release(@PathVariable UUID id, Principal reviewer, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, reviewer, locale, model, redirect, response, "done.released",
                () -> actions.release(id, reviewer.getName()));
    }

    @PostMapping("/console/applications/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(defaultValue = "") String message, Principal reviewer, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("decisionMessage", message);
        Status decided = parseStatus(outcome);
        String problem = decisionProblem(decided, message);
        if (problem != null) {
            return invalid(id, problem, reviewer, locale, model, response);
        }
        return act(id, reviewer, locale, model, redirect, response, "done.decided",
                () -> actions.decide(id, reviewer.getName(), decided, message.isBlank() ? null : message.strip()));
    }

    /**
     * The decision's confirmation: the outcome, the panel's reviews and aggregate, and the email the
     * applicant will receive, in their language, with "Confirm" (a POST to the decision) and "Back".
     * Changes nothing; the detail's decide form posts here (a message may be too long for a link).
     */
    @RequestMapping(path = "/console/applications/{id}/decision/confirm", method = {RequestMethod.GET, RequestMethod.POST})
    String confirmDecision(@PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(defaultValue = "") String message, Principal reviewer, Locale locale, Model model,
            HttpServletResponse response) {
        model.addAttribute("decisionMessage", message);
        Status decided = parseStatus(outcome);
        String problem = decisionProblem(decided, message);
        if (problem != null) {
            return invalid(id, problem, reviewer, locale, model, response);
        }
        String text = message.isBlank() ? null : message.strip();
        Instant now = Instant.now(clock);
        try {
            // What deciding would answer, said before the confirmation rather than after it: the rules run
            // on a copy that is never written.
            Application copy = actions.get(id);
            copy.decide(reviewer.getName(), decided, text, now, java.time.Duration.ZERO, actions.eligibility(copy).orElse(null));
        } catch (WorkflowException e) {
            return refused(id, e, reviewer, locale, model, response);
        }
        Application application = actions.get(id);
        ConsoleTime time = (ConsoleTime) model.getAttribute("time");
        ConsoleViews.Detail detail = ConsoleViews.Detail.of(application, reviewer.getName(), now, time, messages);
        DecisionEmails.Preview preview = emails.preview(application, decided, text);
        model.addAttribute("reviewer", reviewer.getName());
        model.addAttribute("app", detail);
        model.addAttribute("panel", ConsolePanel.of(application, actions.panel(application, reviewer), criteria.of(application.callId()),
                reviewer.getName(), null, time));
        // The queue the reviewer came from travels on through the confirmation (back to it after deciding).
        navigation(application, reviewer, model);
        model.addAttribute("outcome", decided);
        model.addAttribute("message", message);
        model.addAttribute("preview", preview);
        model.addAttribute("previewLanguage", messages.getMessage("language." + preview.language(), null, preview.language(), locale));
        model.addAttribute("graceMinutes", graceMinutes());
        return "review/console/decide-confirm";
    }

    /**
     * "Back" from the confirmation: the application's page with the decide form as it was sent (outcome
     * and message), to change it. Changes nothing (a POST, as the message may be too long for a link).
     */
    @PostMapping("/console/applications/{id}/decision/edit")
    String editDecision(@PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(defaultValue = "") String message, Principal reviewer, Locale locale, Model model) {
        model.addAttribute("decisionMessage", message);
        model.addAttribute("decisionOutcome", parseStatus(outcome));
        return show(actions.get(id), reviewer, locale, model);
    }

    /** What is wrong with a decision as the form sent it (its problem's message key), or null. */
    private static String decisionProblem(Status decided, String message) {
        if (decided == null || !Status.OUTCOMES.contains(decided)) {
            return "problem.outcome-required";
        }
        return message.length() > MAX_TEXT ? "problem.too-long" : null;
    }

    /** The grace period in whole minutes, rounded up (0: none). */
    long graceMinutes() {
        long seconds = actions.gracePeriod().toSeconds();
        return (seconds + 59) / 60;
    }

    /** Takes the latest decision back within its grace period (the reviewer who decided, or an admin). */
    @PostMapping("/console/applications/{id}/decision/undo")
    String takeBackDecision(@PathVariable UUID id, Principal reviewer, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, reviewer, locale, model, redirect, response, "done.taken-back",
                () -> actions.takeBackDecision(id, reviewer));
    }

    @PostMapping("/console/applications/{id}/info-request")
    String requestInformation(@PathVariable UUID id, @RequestParam(defaultValue = "") String message,
            Principal reviewer, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("infoMessage", message);
        if (message.isBlank() || message.length() > MAX_TEXT) {
            return invalid(id, message.isBlank() ? "problem.question-required" : "problem.too-long", reviewer, locale,
                    model, response);
        }
        return act(id, reviewer, locale, model, redirect, response, "done.info-requested",
                () -> actions.requestInformation(id, reviewer.getName(), message.strip()));
    }

    @PostMapping("/console/applications/{id}/notes")
    String addNote(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Principal reviewer,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("noteText", text);
        if (text.isBlank() || text.length() > MAX_TEXT) {
            return invalid(id, text.isBlank() ? "problem.note-required" : "problem.too-long", reviewer, locale, model,
                    response);
        }
        return act(id, reviewer, locale, model, redirect, response, "done.noted",
                () -> actions.addNote(id, reviewer.getName(), text.strip()));
    }

    /**
     * The reviewer's review from the form: {@code score.<criterion>} radio buttons (1–5), a
     * recommendation and a comment. A refused review shows the page again (400) with each problem
     * in the reader's words and the form as it was sent.
     */
    @PostMapping("/console/applications/{id}/reviews")
    String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Principal reviewer, Locale locale,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, Integer> scores = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("score.") && !value.isBlank()) {
                scores.put(name.substring("score.".length()), parseScore(value));
            }
        });
        ReviewSubmission submission = new ReviewSubmission(scores, form.get("recommendation"), form.get("comment"));
        try {
            return act(id, reviewer, locale, model, redirect, response, "done.reviewed",
                    () -> actions.review(id, reviewer.getName(), submission));
        } catch (InvalidReviewException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("reviewForm", new ConsolePanel.Form(Map.copyOf(scores), submission.recommendation(),
                    submission.comment()));
            model.addAttribute("reviewProblems", e.problems().stream().map(p -> reviewProblem(p, locale)).toList());
            model.addAttribute("problem", messages.getMessage("review.problem.summary", null, locale));
            return show(actions.get(id), reviewer, locale, model);
        }
    }

    /**
     * An admin records the mentor of an accepted partnership application (name, organisation or
     * municipality, optional email); the applicant is told by email. Refused with 403 for a reviewer.
     */
    @PostMapping("/console/applications/{id}/mentor")
    String assignMentor(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "") String email,
            Principal user, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("mentorName", name);
        model.addAttribute("mentorOrganisation", organisation);
        model.addAttribute("mentorEmail", email);
        if (!ReviewerActions.admin(user)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("problem", messages.getMessage("problem.mentor-admin-only", null, locale));
            return show(actions.get(id), user, locale, model);
        }
        try {
            return act(id, user, locale, model, redirect, response, "done.mentor",
                    () -> actions.assignMentor(id, user.getName(), name, organisation, email));
        } catch (IllegalArgumentException e) {
            return invalid(id, "problem.mentor-invalid", user, locale, model, response);
        }
    }

    /** The reader's own conflict of interest (admins: also a reviewer's, by name), with a reason. */
    @PostMapping("/console/applications/{id}/conflict")
    String declareConflict(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String reviewer, Principal user, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("conflictReason", reason);
        if (reason.isBlank() || reason.length() > 1000) {
            return invalid(id, reason.isBlank() ? "problem.conflict-reason-required" : "problem.conflict-reason-too-long", user, locale, model,
                    response);
        }
        try {
            return act(id, user, locale, model, redirect, response, "done.conflict",
                    () -> actions.declareConflict(id, user, reviewer, reason.strip()));
        } catch (ReviewerActions.NotYoursToDeclareException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("problem", messages.getMessage("problem.conflict-not-yours", null, locale));
            return show(actions.get(id), user, locale, model);
        }
    }

    private static Integer parseScore(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return 0; // out of range: refused as such
        }
    }

    private String reviewProblem(ReviewProblem problem, Locale locale) {
        String criterion = problem.field().startsWith("scores.") ? problem.field().substring("scores.".length()) : null;
        String name = criteria.catalogue().stream().filter(c -> c.id().equals(criterion)).map(c -> c.nameIn(locale))
                .findFirst().orElse(criterion);
        return messages.getMessage("review.problem." + problem.code(), new Object[] {name, MAX_TEXT}, problem.message(),
                locale);
    }

    private String act(UUID id, Principal reviewer, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String done, Supplier<Application> action) {
        try {
            action.get();
        } catch (WorkflowException e) {
            return refused(id, e, reviewer, locale, model, response);
        }
        redirect.addFlashAttribute("done", done);
        String back = requestedCarried(reviewer);
        return "redirect:/console/applications/" + id + (back == null ? "" : "?" + back);
    }

    /** The application's page with the refusal explained (409, or 403 when it is about who asks). */
    private String refused(UUID id, WorkflowException e, Principal reviewer, Locale locale, Model model,
            HttpServletResponse response) {
        Application current = actions.get(id);
        response.setStatus(e.code().forbidden() ? HttpStatus.FORBIDDEN.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("problem", explain(e, current, reviewer.getName(), locale, (ConsoleTime) model.getAttribute("time")));
        return show(current, reviewer, locale, model);
    }

    private String invalid(UUID id, String problem, Principal reviewer, Locale locale, Model model,
            HttpServletResponse response) {
        Application current = actions.get(id);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", messages.getMessage(problem, new Object[] {MAX_TEXT}, locale));
        return show(current, reviewer, locale, model);
    }

    /** The workflow's refusal in the reviewer's words; a claim held by someone else names them. */
    private String explain(WorkflowException e, Application current, String me, Locale locale, ConsoleTime time) {
        Claim claim = ConsoleViews.activeClaim(current, Instant.now(clock));
        if (e.code().aboutClaim() && claim != null
                && !claim.reviewer().equals(me)) {
            return messages.getMessage("problem.claimed",
                    new Object[] {claim.reviewer(), time.format(claim.until())}, locale);
        }
        String status = messages.getMessage("state." + current.status().name(), null, locale);
        return messages.getMessage("problem." + e.code().wire(), new Object[] {status},
                messages.getMessage("problem.other", null, locale), locale);
    }

    private String show(Application application, Principal reviewer, Locale locale, Model model) {
        ConsoleTime time = (ConsoleTime) model.getAttribute("time");
        model.addAttribute("reviewer", reviewer.getName());
        model.addAttribute("assignees", application.assignees());
        model.addAttribute("callTitle", callPanel.title(application.callId(), locale));
        model.addAttribute("here", "/console/applications/" + application.id());
        model.addAttribute("app", ConsoleViews.Detail.of(application, reviewer.getName(), Instant.now(clock), time,
                messages));
        // The review form, its rows and averages: the criteria of the application's call.
        List<Criterion> configured = criteria.of(application.callId());
        model.addAttribute("panel", ConsolePanel.of(application, actions.panel(application, reviewer), configured,
                reviewer.getName(), (ConsolePanel.Form) model.getAttribute("reviewForm"), time));
        navigation(application, reviewer, model);
        Instant until = application.takeBackUntil(Instant.now(clock));
        boolean mayTakeBack = until != null && (application.decision().by().equals(reviewer.getName())
                || ReviewerActions.admin(reviewer));
        model.addAttribute("takeBackUntil", mayTakeBack ? time.format(until) : null);
        // A partnership application: its answers, its eligibility now, its mentor (an admin records one once accepted).
        model.addAttribute("partnership", application.partnership());
        model.addAttribute("eligibility", actions.eligibility(application)
                .map(e -> ConsoleViews.EligibilityView.of(application, e, messages, locale)).orElse(null));
        model.addAttribute("mentor", application.mentor());
        model.addAttribute("mentorForm", application.partnership() != null && application.status() == Status.ACCEPTED
                && !application.erased() && ReviewerActions.admin(reviewer));
        return "review/console/detail";
    }

    private static void addIfPresent(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value);
        }
    }

    static Status parseStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Status.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
