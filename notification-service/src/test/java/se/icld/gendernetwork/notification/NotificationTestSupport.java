package se.icld.gendernetwork.notification;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.testsupport.TestServers;

/** The one Spring context of notification's integration tests: the whole service on real servers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "network.status.secret=test-status-secret-of-enough-length",
        "network.status.base-url=http://review.test",
        "notification.admin.password-hash={noop}admin-pw",
        "notification.retry.initial=200ms",
        "notification.retry.max=1s",
        "notification.retry.give-up-after=5s",
        "notification.retry.lease=2s",
        "notification.retry.interval=100ms",
        "spring.cloud.stream.bindings.notifyApplicant-in-0.consumer.max-attempts=2",
        "spring.cloud.stream.bindings.notifyApplicant-in-0.consumer.back-off-initial-interval=100",
        // GreenMail (test infrastructure, not the service) logs every address it creates a mailbox for.
        "logging.level.com.icegreen.greenmail=WARN"})
public abstract class NotificationTestSupport {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "notification");
        TestServers.registerMail(registry);
    }

    /** The golden event of {@code type} for a fresh application, event id and recipient address. */
    protected static String event(String type, UUID applicationId, UUID eventId, String email, String language) {
        return GoldenSamples.json(type)
                .replace("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f", applicationId.toString())
                .replaceAll("\"eventId\": \"[0-9a-f-]+\"", "\"eventId\": \"" + eventId + "\"")
                .replace("maria.lopez@example.org", email)
                .replace("\"language\": \"es\"", "\"language\": \"" + language + "\"");
    }

    protected static String uniqueAddress() {
        return "applicant-" + UUID.randomUUID() + "@example.org";
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
}
