package se.icld.gendernetwork.intake.form;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import se.icld.gendernetwork.intake.IntakeProperties;
import se.icld.gendernetwork.intake.ratelimit.ClientRateLimiter;
import se.icld.gendernetwork.intake.ratelimit.ClientRateLimiter.Decision;
import se.icld.gendernetwork.intake.submission.FocusArea;
import se.icld.gendernetwork.intake.submission.IdempotencyConflictException;
import se.icld.gendernetwork.intake.submission.PublishFailedException;
import se.icld.gendernetwork.intake.submission.Receipt;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics.Channel;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics.Outcome;
import se.icld.gendernetwork.intake.submission.SubmissionRequest;
import se.icld.gendernetwork.intake.submission.Submissions;

/**
 * The public form: {@code GET /} shows it, {@code POST /submit} (form-encoded) takes it. Works
 * without JavaScript. The page carries an idempotency key made when it was shown, so posting the
 * same page twice (a double click, a reload, back and submit again) is one application. Whatever
 * goes wrong, the form comes back with everything the applicant typed.
 */
@Controller
class FormController {

    /** Same advice as the API gives with its 503. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Form fields in page order, with the submission fields that belong to each. */
    private static final Map<String, List<String>> FIELDS = fields();

    private static final String[] ALLOWED_FIELDS = {"idempotencyKey", "lang", "fullName", "email", "phone",
            "position", "preferredLanguage", "municipalityName", "region", "country", "motivation", "focusAreas",
            "workshopLocal", "workshopSweden", "partnershipInterest", "mentorshipInterest", "consent", "noticeVersion"};

    private final Submissions submissions;
    private final Validator validator;
    private final ClientRateLimiter limiter;
    private final SubmissionMetrics metrics;
    private final IntakeProperties properties;
    private final MessageSource messages;

    FormController(Submissions submissions, Validator validator, ClientRateLimiter limiter, SubmissionMetrics metrics,
            IntakeProperties properties, MessageSource messages) {
        this.submissions = submissions;
        this.validator = validator;
        this.limiter = limiter;
        this.metrics = metrics;
        this.properties = properties;
        this.messages = messages;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(ALLOWED_FIELDS);
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String form(@RequestParam(name = "lang", required = false) String lang, Model model, HttpServletResponse response) {
        ApplicationForm form = new ApplicationForm();
        form.setLang(LanguageResolver.language(lang));
        form.setPreferredLanguage(form.getLang());
        form.setIdempotencyKey(newKey());
        // The browser may show this very page again on "back" (same key: one application), but
        // revalidates on any other visit (a new key for a new application).
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        return show(form, Map.of(), null, model, response);
    }

    @PostMapping(path = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    String submit(@ModelAttribute("form") ApplicationForm form, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        form.setLang(LanguageResolver.language(form.getLang()));
        if (form.getIdempotencyKey() == null || !KEY.matcher(form.getIdempotencyKey()).matches()) {
            form.setIdempotencyKey(newKey());
        }
        SubmissionRequest submission = form.toRequest();
        String country = submission.municipality().country();

        Decision decision = limiter.tryAcquire(request.getRemoteAddr());
        if (!decision.allowed()) {
            metrics.count(Channel.FORM, Outcome.RATE_LIMITED, country);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            model.addAttribute("retryAfterMinutes", Math.max(1, (decision.retryAfterSeconds() + 59) / 60));
            return show(form, Map.of(), "rateLimited", model, response);
        }

        Map<String, String> errors = errors(form, submission, binding);
        if (!errors.isEmpty()) {
            metrics.count(Channel.FORM, Outcome.INVALID, country);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(form, errors, null, model, response);
        }

        try {
            Receipt receipt = submissions.submit(submission, Optional.of(form.getIdempotencyKey()));
            metrics.count(Channel.FORM, Outcome.ACCEPTED, country);
            model.addAttribute("lang", form.getLang());
            model.addAttribute("receipt", receipt);
            securityHeaders(response);
            return "received";
        } catch (PublishFailedException e) {
            metrics.count(Channel.FORM, Outcome.UNAVAILABLE, country);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return show(form, Map.of(), "unavailable", model, response);
        } catch (IdempotencyConflictException e) {
            // This page was already sent with other answers: that application stands. Sending
            // these answers again makes a new one, so the page gets a new key.
            metrics.count(Channel.FORM, Outcome.CONFLICT, country);
            form.setIdempotencyKey(newKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(form, Map.of(), "conflict", model, response);
        }
    }

    private String show(ApplicationForm form, Map<String, String> errors, String notice, Model model,
            HttpServletResponse response) {
        Locale locale = Locale.forLanguageTag(form.getLang());
        model.addAttribute("form", form);
        model.addAttribute("lang", form.getLang());
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        model.addAttribute("countries", countries(locale));
        model.addAttribute("municipalities", municipalities(form.getCountry(), locale));
        model.addAttribute("focusAreas", FocusArea.values());
        model.addAttribute("languages", LanguageResolver.LANGUAGES);
        securityHeaders(response);
        return "form";
    }

    /** Errors by form field, in page order; the first message of each field. */
    private Map<String, String> errors(ApplicationForm form, SubmissionRequest submission, BindingResult binding) {
        Map<String, String> byField = new LinkedHashMap<>();
        Set<ConstraintViolation<SubmissionRequest>> violations = validator.validate(submission);
        for (ConstraintViolation<SubmissionRequest> violation : violations) {
            byField.putIfAbsent(formField(violation.getPropertyPath().toString()), violation.getMessage());
        }
        for (FieldError error : binding.getFieldErrors()) {
            byField.putIfAbsent(error.getField(), text("validation.invalidValue"));
        }
        if (form.unknownFocusAreas()) {
            byField.putIfAbsent("focusAreas", text("validation.invalidValue"));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.keySet().forEach(field -> {
            if (byField.containsKey(field)) {
                ordered.put(field, byField.get(field));
            }
        });
        byField.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String formField(String path) {
        for (Map.Entry<String, List<String>> field : FIELDS.entrySet()) {
            for (String prefix : field.getValue()) {
                if (path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
                    return field.getKey();
                }
            }
        }
        return path;
    }

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("fullName", List.of("applicant.fullName"));
        fields.put("position", List.of("applicant.position"));
        fields.put("email", List.of("applicant.email"));
        fields.put("phone", List.of("applicant.phone"));
        fields.put("preferredLanguage", List.of("applicant.preferredLanguage", "applicant"));
        fields.put("country", List.of("municipality.country"));
        fields.put("municipalityName", List.of("municipality.name"));
        fields.put("region", List.of("municipality.region", "municipality"));
        fields.put("motivation", List.of("motivation"));
        fields.put("focusAreas", List.of("focusAreas"));
        fields.put("workshopLocal", List.of("workshops"));
        fields.put("workshopSweden", List.of());
        fields.put("partnershipInterest", List.of("partnershipInterest"));
        fields.put("mentorshipInterest", List.of("mentorshipInterest"));
        fields.put("consent", List.of("consent"));
        return fields;
    }

    record Country(String code, String name) {
    }

    record KnownMunicipality(String name, String country) {
    }

    private List<Country> countries(Locale locale) {
        return properties.eligibleCountries().stream()
                .map(code -> new Country(code, countryName(code, locale)))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }

    /** The known municipalities of the chosen country, or of every eligible country before one is chosen. */
    private List<KnownMunicipality> municipalities(String chosenCountry, Locale locale) {
        List<KnownMunicipality> known = new ArrayList<>();
        for (Country country : countries(locale)) {
            if (chosenCountry == null || chosenCountry.isBlank() || chosenCountry.equals(country.code())
                    || !properties.eligibleCountries().contains(chosenCountry)) {
                properties.municipalities().getOrDefault(country.code(), List.of())
                        .forEach(name -> known.add(new KnownMunicipality(name.strip(), country.name())));
            }
        }
        return known;
    }

    private static String countryName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return "form-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Nothing but this origin's stylesheet and form target; no framing; no referrer for the status link. */
    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
