package se.icld.gendernetwork.intake.submission;

/** The same {@code Idempotency-Key} came back with a different submission. */
public class IdempotencyConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyConflictException() {
        super("the Idempotency-Key was already used for a different submission");
    }
}
