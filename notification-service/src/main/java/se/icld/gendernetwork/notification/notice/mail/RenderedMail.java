package se.icld.gendernetwork.notification.notice.mail;

/** An email ready to send: subject, plain text and HTML (sent together as multipart/alternative). */
public record RenderedMail(String subject, String text, String html) {
}
