package se.icld.gendernetwork.intake.submission.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code Idempotency-Key} is 8–128 characters of letters, digits and {@code . _ : -}: the API's
 * header and the form's hidden field alike.
 */
public final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private IdempotencyKeys() {
    }

    /** The key, none, or {@link InvalidIdempotencyKeyException} for a malformed one. */
    static Optional<String> check(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (!isValid(key)) {
            throw new InvalidIdempotencyKeyException();
        }
        return Optional.of(key);
    }

    /** The key if it is one, else empty. */
    static Optional<String> valid(String key) {
        return isValid(key) ? Optional.of(key) : Optional.empty();
    }

    public static boolean isValid(String key) {
        return key != null && VALID.matcher(key).matches();
    }

    static class InvalidIdempotencyKeyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidIdempotencyKeyException() {
            super("invalid Idempotency-Key");
        }
    }
}
