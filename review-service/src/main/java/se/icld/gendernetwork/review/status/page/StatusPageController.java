package se.icld.gendernetwork.review.status.page;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.contracts.submission.FocusArea;
import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Correction;
import se.icld.gendernetwork.review.application.Decision;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.review.status.ApplicantActions;
import se.icld.gendernetwork.review.status.ApplicantTimeZone;
import se.icld.gendernetwork.review.status.InvalidCorrectionException;
import se.icld.gendernetwork.review.status.StatusTimeline;
import se.icld.gendernetwork.review.web.ViolationMessages;
import se.icld.gendernetwork.review.web.pages.PageFormats;
import se.icld.gendernetwork.review.web.pages.PageLocaleResolver;

/**
 * The applicant's status page, {@code /status/{id}?token=}, in the language {@code ?lang=} names
 * (es, en, sv; links on the page switch it and keep the token), else in the applicant's own: the
 * status in plain words, the decision's message, the whole conversation as sentences (the team's
 * questions and messages, the applicant's answers), the reviewer's open question with a form to
 * answer it, withdrawal before a decision, the applicant's details, and while nobody has started
 * on the application a form to correct them (errors by their fields, in the form's words; a new
 * email address waits for its confirmation, {@link EmailConfirmationPageController}). Times are in the applicant's zone (by the
 * municipality's country), named on the page. The token is the only credential: a wrong or missing
 * one is the same 404 as an unknown id. The forms carry the token (and the page's language) in the
 * body, not the URL, and are CSRF-protected like every page form; nothing here logs the token.
 */
@Controller
@RequiredArgsConstructor
class StatusPageController {

    static final int MAX_ANSWER = 4000;

    private final ApplicantActions actions;
    private final MessageSource messages;
    private final ViolationMessages violations;

    private final Clock clock;

    /**
     * The applicant's correctable values as the page shows them and the correction form starts: never
     * the name, email or phone (empty in the form until the applicant types a new one).
     */
    public record Details(String fullName, String email, String phone, String position, String motivation,
            List<String> focusAreas) {

        static Details of(Application a) {
            return new Details("", "", "", a.applicant().position(), a.motivation(),
                    a.interest() == null ? List.of() : a.interest().focusAreas());
        }
    }

    /**
     * A step of the conversation as the page shows it: {@code kind} is written as a sentence
     * ({@code timeline.<kind>}), {@code at} in the applicant's zone, {@code datetime} for
     * {@code <time>}; {@code message} is what was written, if anything, by the applicant or the team.
     */
    public record TimelineEntry(StatusTimeline.Kind kind, String at, String datetime, String message,
            boolean byApplicant) {
    }

    /** A link of the language switcher: the same page (token kept) in {@code code}. */
    public record LanguageLink(String code, boolean current) {
    }

    @GetMapping("/status/{id}")
    String status(@PathVariable UUID id, @RequestParam(required = false) String token, HttpServletRequest request,
            Model model) {
        return show(actions.status(id, token), token, request, model);
    }

    @PostMapping("/status/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String token,
            @RequestParam(defaultValue = "false") boolean confirm, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Application application = actions.status(id, token);
        if (!confirm) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "status.problem.confirm");
            return show(application, token, request, model);
        }
        return act(() -> actions.withdraw(id, token), "status.done.withdrawn", application, token, request, response,
                model, redirect);
    }

    @PostMapping("/status/{id}/information")
    String provideInformation(@PathVariable UUID id, @RequestParam(required = false) String token,
            @RequestParam(defaultValue = "") String message, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Application application = actions.status(id, token);
        if (message.isBlank() || message.length() > MAX_ANSWER) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", message.isBlank() ? "status.problem.answer-required" : "status.problem.too-long");
            model.addAttribute("answer", message);
            return show(application, token, request, model);
        }
        return act(() -> actions.provideInformation(id, token, message.strip()), "status.done.answered", application,
                token, request, response, model, redirect);
    }

    /**
     * The correction form: position, motivation and focus areas as the form sends them (no focus
     * area ticked is refused as on the intake form); name, email and phone, which the page never
     * shows (a status link may be forwarded), only when filled in. Broken rules: the page again (400) with
     * each message by its field and what was typed kept; not correctable any more: 409 saying so.
     */
    @PostMapping("/status/{id}/correction")
    String correct(@PathVariable UUID id, @RequestParam(required = false) String token,
            @RequestParam(defaultValue = "") String fullName, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String position,
            @RequestParam(defaultValue = "") String motivation,
            @RequestParam(name = "focusAreas", required = false) List<String> focusAreas, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Application application = actions.status(id, token);
        List<String> areas = focusAreas == null ? List.of() : focusAreas;
        ApplicantActions.Corrected corrected;
        try {
            // Name, email and phone are never shown on the page: blank keeps them (the API can remove a phone).
            corrected = actions.correct(id, token, new Correction(blankKeeps(fullName), blankKeeps(email), blankKeeps(phone),
                    position, motivation, areas));
        } catch (InvalidCorrectionException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Locale locale = Locale.forLanguageTag(language(application, request));
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violation violation : e.violations()) {
                String field = violation.field().startsWith("focusAreas") ? "focusAreas" : violation.field();
                errors.putIfAbsent(field, violations.message(violation, locale));
            }
            model.addAttribute("problem", "status.correct.errors");
            model.addAttribute("fieldErrors", errors);
            model.addAttribute("form", new Details(fullName, email, phone, position, motivation, areas));
            return show(application, token, request, model);
        } catch (WorkflowException e) {
            Application now = actions.status(id, token);
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", now.status() == Status.RECEIVED ? "status.problem.changed" : "status.problem.not-correctable");
            return show(now, token, request, model);
        }
        String done = corrected.changed().isEmpty() ? "status.done.unchanged"
                : corrected.changed().contains(Correction.EMAIL) ? "status.done.corrected-email" : "status.done.corrected";
        redirect.addAttribute("token", token);
        keepLanguage(application, request, redirect);
        redirect.addFlashAttribute("done", done);
        return "redirect:/status/{id}";
    }

    private static String blankKeeps(String value) {
        return value.isBlank() ? null : value;
    }

    /**
     * Does the applicant's action and goes back to the status page (in the page's language) saying it
     * was done, or shows the page again with a 409 when the application changed meanwhile.
     */
    private String act(Runnable action, String done, Application application, String token, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (WorkflowException e) {
            return refused(application.uuid(), token, request, response, model);
        }
        redirect.addAttribute("token", token);
        keepLanguage(application, request, redirect);
        redirect.addFlashAttribute("done", done);
        return "redirect:/status/{id}";
    }

    private String refused(UUID id, String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("problem", "status.problem.changed");
        return show(actions.status(id, token), token, request, model);
    }

    /** After a POST the page stays in the language it was read in (the URL unchanged for the applicant's own). */
    static void keepLanguage(Application application, HttpServletRequest request, RedirectAttributes redirect) {
        String language = language(application, request);
        if (!language.equals(application.applicant().language())) {
            redirect.addAttribute("lang", language);
        }
    }

    /**
     * The model shared by the pages an emailed link opens ({@code ?code=}: the email confirmation, the
     * erasure confirmation): the application's id and reference, the code, the page's language (fixed
     * for the request); 410 when the link has expired.
     */
    static void linkPage(Application application, String code, boolean expired, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (expired) {
            response.setStatus(HttpStatus.GONE.value());
        }
        String language = language(application, request);
        PageLocaleResolver.fix(request, language);
        model.addAttribute("id", application.id());
        model.addAttribute("code", code);
        model.addAttribute("lang", language);
        model.addAttribute("reference", application.reference());
    }

    /** {@code ?lang=} (or the form's {@code lang}) if es, en or sv; else the applicant's language; else Spanish. */
    static String language(Application application, HttpServletRequest request) {
        return language(application.applicant().language(), request);
    }

    /** {@code ?lang=} (or the form's {@code lang}) if es, en or sv; else {@code own}, the applicant's language; else Spanish. */
    static String language(String own, HttpServletRequest request) {
        String requested = PageLocaleResolver.requestedLanguage(request);
        if (requested != null) {
            return requested;
        }
        return own != null && PageLocaleResolver.LANGUAGES.contains(own) ? own : PageLocaleResolver.DEFAULT.getLanguage();
    }

    private String show(Application application, String token, HttpServletRequest request, Model model) {
        String language = language(application, request);
        PageLocaleResolver.fix(request, language);
        Locale locale = Locale.forLanguageTag(language);
        String country = application.municipality() == null ? null : application.municipality().country();
        ZoneId zone = ApplicantTimeZone.of(country);
        model.addAttribute("id", application.id());
        model.addAttribute("token", token);
        model.addAttribute("lang", language);
        // What people wrote (the applicant, and the team writing to them) is marked with the application's
        // language, so a screen reader reads a Spanish motivation as Spanish on the Swedish page (WCAG 3.1.2).
        model.addAttribute("textLanguage", application.applicant() == null ? null : application.applicant().language());
        model.addAttribute("languages", PageLocaleResolver.LANGUAGES.stream()
                .map(code -> new LanguageLink(code, code.equals(language)))
                .toList());
        model.addAttribute("reference", application.reference());
        // As the applicant has been told it: a decision in its grace period is not, yet.
        StatusTimeline.Announced told = StatusTimeline.announced(application, Instant.now(clock));
        model.addAttribute("status", told.status());
        model.addAttribute("timeline", timeline(told, locale, zone));
        model.addAttribute("zone", messages.getMessage(ApplicantTimeZone.nameKey(country), null, locale)
                + " (" + ApplicantTimeZone.offset(zone, Instant.now()) + ")");
        model.addAttribute("decisionMessage", decisionMessage(told));
        // An accepted partnership's mentor, once an admin recorded one (the applicant was told by email).
        model.addAttribute("mentor", told.status() == Status.ACCEPTED && !application.erased() ? application.mentor() : null);
        model.addAttribute("canWithdraw", told.status().undecided());
        model.addAttribute("question", told.status() == Status.INFO_REQUESTED ? StatusTimeline.question(told.history()) : null);
        model.addAttribute("details", Details.of(application));
        model.addAttribute("pendingEmail", application.pendingEmail() != null);
        model.addAttribute("canCorrect", application.status() == Status.RECEIVED);
        model.addAttribute("focusChoices", Arrays.stream(FocusArea.values()).map(Enum::name).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Details.of(application));
        }
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "review/status";
    }

    /** The message sent with the decision in force, if the reviewer wrote one. */
    private static String decisionMessage(StatusTimeline.Announced application) {
        Decision decision = application.decision();
        if (decision == null || decision.outcome() != application.status() || decision.message() == null
                || decision.message().isBlank()) {
            return null;
        }
        return decision.message();
    }

    static List<TimelineEntry> timeline(StatusTimeline.Announced application, Locale locale, ZoneId zone) {
        return StatusTimeline.conversation(application.history(), application.decision()).stream()
                .map(e -> new TimelineEntry(e.kind(), PageFormats.dateTime(e.at(), locale, zone),
                        PageFormats.machineDateTime(e.at(), zone), e.message(), e.kind().byApplicant()))
                .toList();
    }
}
