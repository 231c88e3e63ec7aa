package se.icld.gendernetwork.review.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.submission.SubmissionRules;
import se.icld.gendernetwork.contracts.submission.Violation;

/**
 * The applicant's words for a broken submission rule, in es, en or sv: the intake form's wording
 * ({@code validation.*}, the same texts as intake's bundles), for the corrections the status page
 * and the status API take.
 */
@Component
public class ViolationMessages {

    private final MessageSource messages;

    ViolationMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(Violation violation, Locale locale) {
        SubmissionRules.Length length = SubmissionRules.LENGTHS.get(violation.field());
        if (violation.code() == Violation.Code.LENGTH && length != null) {
            // As text: a number argument would be written with grouping ("4,000").
            Object[] bounds = length.min() > 1 ? new Object[] {String.valueOf(length.min()), String.valueOf(length.max())}
                    : new Object[] {String.valueOf(length.max())};
            return messages.getMessage(length.min() > 1 ? "validation.size" : "validation.size.max", bounds, locale);
        }
        String key = switch (violation.code()) {
            case REQUIRED -> "validation.required";
            case NOT_SINGLE_LINE -> "validation.singleLine";
            case FORBIDDEN_CHARACTER -> "validation.forbiddenCharacter";
            case EMAIL -> "validation.email";
            case PHONE -> "validation.phone";
            case AT_LEAST_ONE -> "validation.focusAreas.required";
            case DUPLICATE -> "validation.noDuplicates";
            default -> "validation.invalidValue";
        };
        return messages.getMessage(key, null, locale);
    }
}
