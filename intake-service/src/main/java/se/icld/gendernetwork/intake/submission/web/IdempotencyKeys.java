package se.icld.gendernetwork.intake.submission.web;

import java.util.Optional;
import java.util.regex.Pattern;

/** An {@code Idempotency-Key} is 8–128 characters of letters, digits and {@code . _ : -}. */
final class IdempotencyKeys {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private IdempotencyKeys() {
    }

    static Optional<String> check(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (!VALID.matcher(key).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        return Optional.of(key);
    }

    static class InvalidIdempotencyKeyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidIdempotencyKeyException() {
            super("invalid Idempotency-Key");
        }
    }
}
