package se.icld.gendernetwork.support.messaging;

/**
 * A consumed record that can never be processed, however often it is tried: malformed, of an unknown
 * type, invalid. The consumer error policy dead-letters such a record at once; every other failure
 * is retried without limit. Its message travels to the dead-letter record's {@code x-exception-message}
 * header and to the log, so it names types and field paths only, never values; it carries no cause
 * (a parser's message may quote personal data).
 */
public class UnprocessableRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnprocessableRecordException(String message) {
        super(message);
    }
}
