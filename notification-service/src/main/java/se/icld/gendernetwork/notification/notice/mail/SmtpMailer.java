package se.icld.gendernetwork.notification.notice.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;

import javax.net.ssl.SSLException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.notice.SendOutcome;
import se.icld.gendernetwork.notification.notice.mail.SmtpFailure.Phase;

/**
 * Sends one multipart (text + HTML) email over SMTP with a Message-ID of our choosing, on a pooled
 * long-lived connection ({@link SmtpConnectionPool}), and sorts the outcome ({@link SmtpFailure}).
 * A reused connection found broken before any of the message was sent (the server closed it while
 * idle) is replaced by a fresh one for that message, once; once {@code DATA} has begun a message is
 * never sent again here, so reconnecting cannot send it twice. Thread-safe. The recipient's name is
 * MIME-encoded and the address strictly parsed, so neither can add a header or a recipient.
 */
@Component
public class SmtpMailer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    /**
     * Jakarta Mail 2.1 looks its {@code StreamProvider} up with a {@code ServiceLoader} scan of the
     * class path on every call, and {@code MimeUtility} and {@code MimeMultipart} call it several
     * times per message (jakartaee/mail-api#861, open): in a Boot jar that scan was about half of
     * notification's CPU per email. Naming the implementation in the system property the finder
     * reads first turns each lookup into a loaded-class lookup. An operator's own setting wins.
     */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final Session session;
    private final InternetAddress from;
    private final SmtpConnectionPool connections;

    SmtpMailer(JavaMailSenderImpl sender, NotificationProperties properties, Clock clock) throws AddressException {
        this.session = sender.getSession();
        this.from = new InternetAddress(properties.mail().from(), true);
        NotificationProperties.Smtp smtp = properties.smtp();
        String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
        this.connections = new SmtpConnectionPool(new SmtpConnectionPool.Server(session, protocol, sender.getHost(),
                sender.getPort(), blankToNull(sender.getUsername()), blankToNull(sender.getPassword())),
                smtp.poolSize(), smtp.maxIdle(), smtp.maxMessagesPerConnection(), smtp.borrowTimeout(), clock);
    }

    @PreDestroy
    void close() {
        connections.close();
    }

    public SendOutcome send(String toName, String toAddress, String messageId, RenderedMail mail) {
        InternetAddress to;
        try {
            to = recipient(toName, toAddress);
        } catch (AddressException | UnsupportedEncodingException e) {
            return SendOutcome.permanentFailure("invalid recipient address");
        }
        MimeMessage message;
        try {
            message = build(to, messageId, mail);
        } catch (MessagingException e) {
            return SendOutcome.permanentFailure("message could not be built: " + e.getClass().getSimpleName());
        }
        SmtpConnection connection;
        try {
            connection = connections.borrow();
        } catch (MessagingException e) {
            return failure(Phase.CONNECT, e).outcome();
        }
        boolean reused = connection.messages() > 0;
        SmtpFailure failure = sendOn(connection, message, to);
        if (failure == null) {
            return SendOutcome.sent();
        }
        if (reused && brokenBeforeTheMessage(failure)) {
            connections.discardIdle();
            try {
                connection = connections.borrowFresh();
            } catch (MessagingException e) {
                return failure(Phase.CONNECT, e).outcome();
            }
            failure = sendOn(connection, message, to);
            if (failure == null) {
                return SendOutcome.sent();
            }
        }
        return failure.outcome();
    }

    /** Null when the server took the message; the connection is back in the pool or discarded either way. */
    private SmtpFailure sendOn(SmtpConnection connection, MimeMessage message, InternetAddress to) {
        try {
            connection.sendMessage(message, new Address[] {to});
            connections.giveBack(connection);
            return null;
        } catch (MessagingException e) {
            SmtpFailure failure = failure(connection.phase(), e);
            connections.discard(connection);
            return failure;
        } catch (IllegalStateException e) {
            // "Not connected": the connection was closed on this side; nothing of the message went out.
            connections.discard(connection);
            return SmtpFailure.noReply(Phase.MAIL);
        } catch (RuntimeException e) {
            connections.discard(connection);
            throw e;
        }
    }

    /** No reply (or "closing channel") before DATA: what a connection the server dropped while idle looks like. */
    private static boolean brokenBeforeTheMessage(SmtpFailure failure) {
        return (failure.phase() == Phase.MAIL || failure.phase() == Phase.RCPT)
                && (!failure.replied() || failure.code() == 421);
    }

    private static final String TRANSFER_ENCODING = "Content-Transfer-Encoding";
    /**
     * Named, so that {@code saveChanges} does not choose one by writing each part out once more, a byte at
     * a time, to see whether it is ASCII (about a tenth of notification's CPU in a profile of the chain);
     * the mails are text in Spanish, Swedish and English, which quoted-printable keeps readable.
     */
    private static final String QUOTED_PRINTABLE = "quoted-printable";

    /**
     * multipart/alternative: the plain text, then the HTML. Built by hand: Spring's MimeMessageHelper
     * loads the MIME type map from the class path for every message (most of the CPU of a send here).
     */
    private MimeMessage build(InternetAddress to, String messageId, RenderedMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(session, messageId);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(mail.subject(), UTF_8);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8, "plain");
        text.setHeader(TRANSFER_ENCODING, QUOTED_PRINTABLE);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), UTF_8, "html");
        html.setHeader(TRANSFER_ENCODING, QUOTED_PRINTABLE);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    static InternetAddress recipient(String name, String address) throws AddressException, UnsupportedEncodingException {
        if (address == null || address.chars().anyMatch(Character::isISOControl)) {
            throw new AddressException("control characters in address");
        }
        InternetAddress parsed = new InternetAddress(address, true);
        parsed.validate();
        if (!parsed.getAddress().equals(address.strip()) || address.contains(",")) {
            throw new AddressException("not a single address");
        }
        String safeName = name == null ? null : name.replaceAll("\\p{Cntrl}+", " ").strip();
        return new InternetAddress(parsed.getAddress(), safeName, StandardCharsets.UTF_8.name());
    }

    /** What went wrong, read from the exception chain (Jakarta Mail nests the SMTP reply in "next" exceptions). */
    static SmtpFailure failure(Phase phase, MessagingException e) {
        boolean authentication = false;
        boolean tls = false;
        int code = -1;
        String reply = null;
        for (Throwable t : chain(e)) {
            authentication |= t instanceof AuthenticationFailedException;
            tls |= t instanceof SSLException
                    || (t.getMessage() != null && t.getMessage().toUpperCase(Locale.ROOT).contains("STARTTLS"));
            if (code < 0) {
                int found = returnCode(t);
                if (found > 0) {
                    code = found;
                    reply = t.getMessage();
                }
            }
        }
        return new SmtpFailure(phase, code, reply, authentication, tls);
    }

    private static int returnCode(Throwable t) {
        if (t instanceof SMTPAddressFailedException a) {
            return a.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException s) {
            return s.getReturnCode();
        }
        if (t instanceof SMTPSendFailedException s) {
            return s.getReturnCode();
        }
        return -1;
    }

    private static java.util.List<Throwable> chain(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty() && all.size() < 20) {
            Throwable t = todo.poll();
            if (all.contains(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
        }
        return all;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Keeps the Message-ID we derive from the event instead of the random one Jakarta Mail would write. */
    static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
