package se.icld.gendernetwork.notification.notice;

/** A bulk requeue without {@code since}, or for a status other than FAILED or UNKNOWN. */
public class InvalidRequeueException extends RuntimeException {

    public InvalidRequeueException() {
        super("status (FAILED or UNKNOWN) and since are required");
    }
}
