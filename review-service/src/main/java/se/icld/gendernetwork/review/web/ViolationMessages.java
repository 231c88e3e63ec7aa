package se.icld.gendernetwork.review.web;

import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.submission.Violation;

/**
 * The applicant's words for a broken submission rule, in es, en or sv: the intake form's wording
 * ({@code validation.*}, the same texts as intake's bundles, keys from {@link Violation#messageKey()}), for
 * the corrections the status page and the status API take.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ViolationMessages {

    private final MessageSource messages;

    public String message(Violation violation, Locale locale) {
        // Review's bundles hold the words of the fields a correction can change; any other rule reads "invalid value".
        String otherwise = messages.getMessage("validation.invalidValue", null, locale);
        return messages.getMessage(violation.messageKey(), violation.messageArguments(), otherwise, locale);
    }
}
