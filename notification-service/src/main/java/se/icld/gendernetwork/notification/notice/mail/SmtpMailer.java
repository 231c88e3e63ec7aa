package se.icld.gendernetwork.notification.notice.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.notice.SendOutcome;

/**
 * Sends one multipart (text + HTML) email over SMTP with a Message-ID of our choosing, and sorts
 * the outcome: sent, transient (connection trouble, 4xx: try again later) or permanent (5xx, an
 * invalid address: retrying cannot help). The recipient's name is MIME-encoded and the address
 * strictly parsed, so neither can add a header or a recipient.
 */
@Component
public class SmtpMailer {

    private final JavaMailSenderImpl sender;
    private final InternetAddress from;

    SmtpMailer(JavaMailSenderImpl sender, NotificationProperties properties) throws AddressException {
        this.sender = sender;
        this.from = new InternetAddress(properties.mail().from(), true);
    }

    public SendOutcome send(String toName, String toAddress, String messageId, RenderedMail mail) {
        InternetAddress to;
        try {
            to = recipient(toName, toAddress);
        } catch (AddressException | UnsupportedEncodingException e) {
            return SendOutcome.permanentFailure("invalid recipient address");
        }
        try {
            MimeMessage message = new FixedIdMimeMessage(sender.getSession(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.send(message);
            return SendOutcome.sent();
        } catch (MessagingException e) {
            return SendOutcome.permanentFailure("message could not be built: " + e.getClass().getSimpleName());
        } catch (MailAuthenticationException e) {
            return SendOutcome.transientFailure("SMTP authentication failed");
        } catch (MailSendException e) {
            return classify(e);
        } catch (MailException e) {
            return SendOutcome.transientFailure(e.getClass().getSimpleName());
        }
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

    private static SendOutcome classify(MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            Integer code = smtpCode(failure);
            if (code != null) {
                return code >= 500 ? SendOutcome.permanentFailure("SMTP " + code) : SendOutcome.transientFailure("SMTP " + code);
            }
            if (failure instanceof SendFailedException sendFailed && hasInvalid(sendFailed)) {
                return SendOutcome.permanentFailure("recipient rejected");
            }
        }
        return SendOutcome.transientFailure("SMTP unavailable");
    }

    private static Integer smtpCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t.getCause()) {
                Integer nested = smtpCode(m.getNextException());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static boolean hasInvalid(SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        return invalid != null && invalid.length > 0;
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
