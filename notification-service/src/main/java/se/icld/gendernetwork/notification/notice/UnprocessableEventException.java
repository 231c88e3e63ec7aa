package se.icld.gendernetwork.notification.notice;

/** An event no email can ever be made of; its message names no personal data (it reaches the DLQ headers). */
public class UnprocessableEventException extends se.icld.gendernetwork.support.messaging.UnprocessableRecordException {

    private static final long serialVersionUID = 1L;

    public UnprocessableEventException(String message) {
        super(message);
    }
}
