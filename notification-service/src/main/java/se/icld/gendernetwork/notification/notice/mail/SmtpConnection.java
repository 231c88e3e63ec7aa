package se.icld.gendernetwork.notification.notice.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

import org.eclipse.angus.mail.smtp.SMTPTransport;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import se.icld.gendernetwork.notification.notice.mail.SmtpFailure.Phase;

/**
 * One SMTP connection that knows how far the current message got: before {@code DATA}, in the data,
 * or after the final dot. That is what tells a failure that may be retried on a fresh connection
 * (nothing of the message was sent) from one whose outcome is unknown (the whole message went out
 * and no reply came). Used by one thread at a time (the pool hands it out).
 */
final class SmtpConnection extends SMTPTransport {

    private volatile Phase phase = Phase.CONNECT;
    private int messages;
    private Instant lastUsed;

    SmtpConnection(Session session, URLName url, String protocol) {
        super(session, url, protocol, "smtps".equals(protocol));
    }

    /** Where the exchange of the current (or last) message stands. */
    Phase phase() {
        return phase;
    }

    /** Messages sent successfully over this connection. */
    int messages() {
        return messages;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void sent(Instant now) {
        messages++;
        lastUsed = now;
    }

    void idleSince(Instant now) {
        lastUsed = now;
    }

    // The phases as the transport enters them: the envelope, then the data (DATA, or BDAT chunks), then its end.

    @Override
    protected void mailFrom() throws MessagingException {
        phase = Phase.MAIL;
        super.mailFrom();
    }

    @Override
    protected void rcptTo() throws MessagingException {
        phase = Phase.RCPT;
        super.rcptTo();
    }

    @Override
    protected OutputStream data() throws MessagingException {
        phase = Phase.DATA;
        return super.data();
    }

    @Override
    protected OutputStream bdat() throws MessagingException {
        phase = Phase.DATA;
        return super.bdat();
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        phase = Phase.END_OF_DATA;
        super.finishData();
    }

    @Override
    protected void finishBdat() throws IOException, MessagingException {
        phase = Phase.END_OF_DATA;
        super.finishBdat();
    }

    /** Whether the connection is still open as far as this side knows (no command is sent, unlike {@link #isConnected()}). */
    boolean isConnectedFlag() {
        try {
            checkConnected();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Closes without waiting for anything; a broken connection cannot say QUIT. */
    void closeQuietly() {
        try {
            close();
        } catch (MessagingException | RuntimeException e) {
            // already gone
        }
    }
}
