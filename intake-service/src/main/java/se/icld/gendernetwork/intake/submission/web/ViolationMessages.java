package se.icld.gendernetwork.intake.submission.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.submission.Violation;

/**
 * The applicant's message for a broken rule, in the request's language ({@code intake-messages*}:
 * es, en, sv), the same on the API and the form.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ViolationMessages {

    private final MessageSource messages;

    public String message(Violation violation) {
        return text(violation.messageKey(), violation.messageArguments());
    }

    /** A message of the bundles in the request's language. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, LocaleContextHolder.getLocale());
    }
}
