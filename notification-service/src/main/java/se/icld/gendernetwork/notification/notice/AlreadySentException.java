package se.icld.gendernetwork.notification.notice;

/** An operator asked to send an email that was already sent: nothing is sent again. */
public class AlreadySentException extends RuntimeException {

    private final String messageId;

    public AlreadySentException(String messageId) {
        super("already sent");
        this.messageId = messageId;
    }

    /** The Message-ID it went out with (no address, no name). */
    public String messageId() {
        return messageId;
    }
}
