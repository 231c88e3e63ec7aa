package se.icld.gendernetwork.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.testsupport.TestServers;
import se.icld.gendernetwork.testsupport.TestTopics;

/** The main Spring context of notification's integration tests: the whole service on real servers (the shared GreenMail). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "notification.retry.give-up-after=5s")
public abstract class NotificationTestSupport extends NotificationContexts {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "notification");
        TestServers.registerMail(registry);
    }

    /** The decoded text/plain part of a message (searched through nested multiparts). */
    protected static String plainText(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return ((String) part.getContent()).replace("\r\n", "\n");
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the shared SMTP server received for one address. */
    protected static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(TestServers.greenMail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Sends {@code event} of the application to its topic; the one email the shared SMTP server then holds for {@code address}. */
    protected static MimeMessage sendAndAwaitMail(UUID applicationId, String event, String address) {
        TestTopics.send(Topics.APPLICATIONS, applicationId.toString(), event);
        return awaitMail(address);
    }

    /** The one email the shared SMTP server holds for {@code address}, once it arrived (within 30 s). */
    protected static MimeMessage awaitMail(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(address).size() == 1);
        return mailTo(address).get(0);
    }
}
