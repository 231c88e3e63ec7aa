package se.icld.gendernetwork.intake.submission.web;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.submission.SubmissionRules;
import se.icld.gendernetwork.contracts.submission.SubmissionRules.Length;
import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.contracts.submission.Violation.Code;

/**
 * The applicant's message for a broken rule, in the request's language ({@code intake-messages*}:
 * es, en, sv), the same on the API and the form.
 */
@Component
public class ViolationMessages {

    private static final Map<Code, String> KEYS = keys();

    private final MessageSource messages;

    ViolationMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(Violation violation) {
        if (violation.code() == Code.LENGTH) {
            Length length = SubmissionRules.LENGTHS.get(violation.field());
            if (length != null) {
                // As text: a number argument would be formatted with grouping ("4,000").
                return length.min() > 1 ? text("validation.size", String.valueOf(length.min()), String.valueOf(length.max()))
                        : text("validation.size.max", String.valueOf(length.max()));
            }
        }
        return text(KEYS.getOrDefault(violation.code(), "validation.invalidValue"));
    }

    /** A message of the bundles in the request's language. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, LocaleContextHolder.getLocale());
    }

    private static Map<Code, String> keys() {
        Map<Code, String> keys = new EnumMap<>(Code.class);
        keys.put(Code.REQUIRED, "validation.required");
        keys.put(Code.LENGTH, "validation.invalidValue");
        keys.put(Code.NOT_SINGLE_LINE, "validation.singleLine");
        keys.put(Code.FORBIDDEN_CHARACTER, "validation.forbiddenCharacter");
        keys.put(Code.EMAIL, "validation.email");
        keys.put(Code.PHONE, "validation.phone");
        keys.put(Code.LANGUAGE, "validation.language");
        keys.put(Code.COUNTRY, "validation.country");
        keys.put(Code.AT_LEAST_ONE, "validation.focusAreas.required");
        keys.put(Code.DUPLICATE, "validation.noDuplicates");
        keys.put(Code.UNKNOWN_VALUE, "validation.invalidValue");
        keys.put(Code.CONSENT_REQUIRED, "validation.consent");
        keys.put(Code.UNKNOWN_NOTICE_VERSION, "validation.noticeVersion");
        keys.put(Code.NOT_NORMALISED, "validation.invalidValue");
        return keys;
    }
}
