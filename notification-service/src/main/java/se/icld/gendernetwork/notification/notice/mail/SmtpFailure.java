package se.icld.gendernetwork.notification.notice.mail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.icld.gendernetwork.notification.notice.SendOutcome;

/**
 * A failed SMTP exchange as the classification needs it: where it broke, the server's reply code and
 * text (if any), and whether authentication or TLS failed. {@link #outcome()} sorts it, a pure
 * function unit-tested in {@code SmtpFailureTest}. The reply text may quote an address: it is read
 * here and never stored; the outcome's error is the bare code or a fixed phrase.
 *
 * @param phase the step of the exchange that failed
 * @param code the server's reply code, or a negative number when no reply came (connection dropped,
 *        timed out, refused)
 * @param reply the server's reply text, or null
 */
public record SmtpFailure(Phase phase, int code, String reply, boolean authentication, boolean tls) {

    public enum Phase {
        /** Opening the connection: greeting, EHLO, STARTTLS, AUTH. */
        CONNECT,
        /** {@code MAIL FROM}: our sender. */
        MAIL,
        /** {@code RCPT TO}: the recipient. */
        RCPT,
        /** {@code DATA} and the message data, before the final dot: nothing can have been accepted. */
        DATA,
        /** The final dot was sent; the server's verdict on the message is awaited. */
        END_OF_DATA
    }

    static final String UNAVAILABLE = "SMTP unavailable";
    static final String NO_REPLY_AFTER_DATA = "no reply after message data";
    private static final Pattern ENHANCED = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");

    public static SmtpFailure noReply(Phase phase) {
        return new SmtpFailure(phase, -1, null, false, false);
    }

    public static SmtpFailure reply(Phase phase, int code, String reply) {
        return new SmtpFailure(phase, code, reply, false, false);
    }

    public boolean replied() {
        return code > 0;
    }

    /** What this failure means for the message and for every other message. */
    public SendOutcome outcome() {
        if (tls) {
            return SendOutcome.senderBlocked("SMTP TLS failed");
        }
        if (authentication || code == 530 || code == 534 || code == 535 || code == 538) {
            return SendOutcome.senderBlocked("SMTP authentication failed");
        }
        if (!replied()) {
            return phase == Phase.END_OF_DATA ? SendOutcome.unknown(NO_REPLY_AFTER_DATA) : SendOutcome.transientFailure(UNAVAILABLE);
        }
        String error = "SMTP " + code;
        if (code == 421) {
            // The server is closing the channel (shutting down, too busy): later, on a new connection.
            return SendOutcome.transientFailure(error);
        }
        if (phase == Phase.CONNECT || phase == Phase.MAIL) {
            // Refused before any recipient was named: our connection or our sender, whatever the message.
            return code >= 400 ? SendOutcome.senderBlocked(error) : SendOutcome.transientFailure(error);
        }
        if (hitsEveryMessage()) {
            return SendOutcome.senderBlocked(error);
        }
        return code >= 500 ? SendOutcome.permanentFailure(error) : SendOutcome.transientFailure(error);
    }

    /**
     * A reply about the mail system or our sender rather than this recipient: enhanced status X.3.X
     * (mail system: storage, not accepting), a 452 without an enhanced status (RFC 5321: insufficient
     * system storage), relaying denied (X.7.X naming relay), or a quota that is not the recipient's
     * mailbox (X.2.2).
     */
    private boolean hitsEveryMessage() {
        String text = reply == null ? "" : reply.toLowerCase(Locale.ROOT);
        Matcher enhanced = ENHANCED.matcher(text);
        String subject = null;
        String detail = null;
        if (enhanced.find()) {
            subject = enhanced.group(2);
            detail = enhanced.group(3);
        }
        if ("3".equals(subject)) {
            return true;
        }
        if (subject == null && code == 452) {
            return true;
        }
        if ("7".equals(subject) && text.contains("relay")) {
            return true;
        }
        boolean recipientsMailbox = "2".equals(subject) && "2".equals(detail);
        return text.contains("quota") && !recipientsMailbox;
    }
}
