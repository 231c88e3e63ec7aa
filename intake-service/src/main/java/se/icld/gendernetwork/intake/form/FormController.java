package se.icld.gendernetwork.intake.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.intake.calls.CallNotOpenException;
import se.icld.gendernetwork.intake.ratelimit.ClientRateLimiter;
import se.icld.gendernetwork.intake.ratelimit.ClientRateLimiter.Decision;
import se.icld.gendernetwork.intake.submission.PublishFailedException;
import se.icld.gendernetwork.intake.submission.Receipt;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics.Channel;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics.Outcome;
import se.icld.gendernetwork.intake.submission.SubmissionRequest;
import se.icld.gendernetwork.intake.submission.Submissions;
import se.icld.gendernetwork.intake.submission.web.SubmissionOutcome;

/**
 * The public form: {@code GET /} shows it, {@code POST /submit} (form-encoded) takes it. Works
 * without JavaScript. The page carries an idempotency key made when it was shown ({@link FormKeys}),
 * so posting the same page twice (a double click, a reload, back and submit again) is one
 * application. Whatever goes wrong, the form comes back with everything the applicant typed, with
 * the status and {@code Retry-After} the API would give ({@link SubmissionOutcome}).
 */
@Controller
@RequiredArgsConstructor
class FormController {

    private static final String[] ALLOWED_FIELDS = {"idempotencyKey", "lang", "fullName", "email", "phone",
            "position", "preferredLanguage", "municipalityName", "region", "country", "motivation", "focusAreas",
            "workshopLocal", "workshopSweden", "partnershipInterest", "mentorshipInterest", "consent", "noticeVersion", "callId",
            "networkReference", "swedishChoice", "swedishMunicipality", "mentoring"};
    /** The longest reference taken from a link ({@code &reference=}): a reference is 13 characters. */
    private static final int LINKED_REFERENCE_MAX = 32;
    /** A field of the page that shows a failed submit's problems (not part of the application). */
    static final String PROBLEMS_SHOWN = "problemsShown";

    private final Submissions submissions;
    private final ClientRateLimiter limiter;
    private final SubmissionMetrics metrics;
    private final FormPage page;
    private final FormErrors errors;

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(ALLOWED_FIELDS);
    }

    /**
     * The form of the call {@code ?call=} names (the default call for none or an unknown one). Without
     * {@code ?call=}, when the open calls are other than the default call alone, the start page lets the
     * applicant choose one. {@code &reference=} (the link in a network acceptance's email) pre-fills the
     * partnership programme's reference.
     */
    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String form(@RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "call", required = false) String call,
            @RequestParam(name = "reference", required = false) String reference, Model model,
            HttpServletResponse response) {
        if ((call == null || call.isBlank()) && page.choosing()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            return page.choose(LanguageResolver.language(lang), model);
        }
        ApplicationForm form = new ApplicationForm();
        Call chosen = page.callOrDefault(call);
        form.setCallId(chosen.id());
        if (chosen.questions() == Call.Questions.PARTNERSHIP && reference != null && reference.length() <= LINKED_REFERENCE_MAX) {
            form.setNetworkReference(reference.strip());
        }
        form.setLang(LanguageResolver.language(lang));
        form.setPreferredLanguage(form.getLang());
        form.setIdempotencyKey(FormKeys.newKey());
        form.setNoticeVersion(submissions.noticeVersion());
        // The browser may show this very page again on "back" (same key: one application), but
        // revalidates on any other visit (a new key for a new application).
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        return page.show(form, Map.of(), null, model);
    }

    /**
     * A language button of the form: the same form again in that language, with everything typed and
     * the same key; nothing is sent or counted. A page that showed the problems of a failed submit
     * ({@code problemsShown}) shows them again, checked anew and written in the new language (the
     * focus on their summary again); a form not submitted yet is not checked.
     */
    @PostMapping(path = "/", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    String switchLanguage(@ModelAttribute("form") ApplicationForm form, BindingResult binding,
            @RequestParam(name = "switchTo", required = false) String language,
            @RequestParam(name = PROBLEMS_SHOWN, defaultValue = "false") boolean problemsShown, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String lang = LanguageResolver.language(language == null ? form.getLang() : language);
        form.setLang(lang);
        form.setIdempotencyKey(FormKeys.keptOrNew(form.getIdempotencyKey()));
        // The page's messages follow the new language, not the lang posted with the form.
        request.setAttribute(LanguageResolver.LANGUAGE_ATTRIBUTE, lang);
        Map<String, String> problems = problemsShown ? errors.of(form, violations(form), binding) : Map.of();
        return page.show(form, problems, null, model);
    }

    /** {@code /submit} only takes the form: a visit (a language link of an old page, a reload, a bookmark) lands on the form. */
    @GetMapping("/submit")
    String visitSubmit(@RequestParam(name = "lang", required = false) String lang) {
        return "redirect:/?lang=" + LanguageResolver.language(lang);
    }

    @PostMapping(path = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    String submit(@ModelAttribute("form") ApplicationForm form, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        form.setLang(LanguageResolver.language(form.getLang()));
        form.setIdempotencyKey(FormKeys.keptOrNew(form.getIdempotencyKey()));
        Call.Questions questions = page.callOrDefault(form.getCallId()).questions();
        SubmissionRequest submission = form.toRequest(questions);
        String country = submission.municipality().country();

        Decision decision = limiter.tryAcquire(request.getRemoteAddr());
        if (!decision.allowed()) {
            SubmissionOutcome limited = SubmissionOutcome.rateLimited(decision.retryAfterSeconds());
            model.addAttribute("retryAfterMinutes", Math.max(1, (limited.retryAfterSeconds() + 59) / 60));
            return refused(limited, form, Map.of(), country, model, response);
        }

        Map<String, String> invalid = errors.of(form, violations(form), binding);
        if (!invalid.isEmpty()) {
            if (!submissions.noticeVersion().equals(form.getNoticeVersion())) {
                // The page showed another notice than today's: this page shows today's, to be read and agreed to anew.
                form.setNoticeVersion(submissions.noticeVersion());
                form.setConsent(false);
            }
            return refused(SubmissionOutcome.invalid(), form, invalid, country, model, response);
        }

        try {
            Receipt receipt = submissions.submit(submission, Optional.of(form.getIdempotencyKey()));
            metrics.count(Channel.FORM, Outcome.ACCEPTED, country);
            model.addAttribute("lang", form.getLang());
            model.addAttribute("receipt", receipt);
            model.addAttribute("email", form.getEmail().strip());
            return "received";
        } catch (PublishFailedException | CallNotOpenException e) {
            // The broker may still write it: the page keeps its key, so sending it again doubles nothing.
            // A call that closed (or is not open yet): the page says so, with the call's dates.
            return refused(SubmissionOutcome.of(e), form, Map.of(), country, model, response);
        }
    }

    /** The rules the form's request breaks and what only the form asks (the partnership programme's explicit choices). */
    private List<Violation> violations(ApplicationForm form) {
        Call.Questions questions = page.callOrDefault(form.getCallId()).questions();
        List<Violation> violations = new ArrayList<>(submissions.violations(form.toRequest(questions)));
        violations.addAll(form.formViolations(questions));
        return violations;
    }

    private String refused(SubmissionOutcome outcome, ApplicationForm form, Map<String, String> fieldErrors,
            String country, Model model, HttpServletResponse response) {
        metrics.count(Channel.FORM, outcome.outcome(), country);
        response.setStatus(outcome.status().value());
        outcome.headers().forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
        return page.show(form, fieldErrors, outcome.formNotice(), model);
    }
}
