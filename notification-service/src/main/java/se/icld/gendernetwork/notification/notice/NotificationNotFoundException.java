package se.icld.gendernetwork.notification.notice;

/** No notification has that id (an operator's resend of an unknown entry). */
public class NotificationNotFoundException extends RuntimeException {

    public NotificationNotFoundException() {
        super("no such notification");
    }
}
