package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.notification.NotificationTestSupport;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.NotificationLog;
import se.icld.gendernetwork.testsupport.TestServers;
import se.icld.gendernetwork.testsupport.TestTopics;

/** Whatever an event carries, it can never add a header or a recipient to an email. */
class SafeHeadersIntegrationTest extends NotificationTestSupport {

    private static final String EVIL_DOMAIN = "x.test";

    @Autowired
    NotificationLog notifications;

    @Test
    void namesAndReferencesCannotAddAHeaderOrARecipient() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String address = uniqueAddress();
        String event = event("ApplicationRegistered", applicationId, UUID.randomUUID(), address, "en")
                .replace("\"fullName\": \"María López\"",
                        "\"fullName\": \"María\\r\\nBcc: evil@x.test\\r\\nX-Injected: yes, \\\"Evil\\\" <evil@x.test>\"")
                .replace("\"reference\": \"GEN-7K3Q-9XDA\"",
                        "\"reference\": \"GEN-1\\r\\nBcc: evil@x.test\\nX-Injected: yes\\r\\n\\r\\nbody\"")
                .replace("\"name\": \"Panajachel\"", "\"name\": \"Panajachel\\r\\nCc: evil@x.test\"");

        MimeMessage mail = sendAndAwaitMail(applicationId, event, address);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        String wire = raw.toString(StandardCharsets.UTF_8);
        String headerBlock = wire.substring(0, wire.indexOf("\r\n\r\n"));
        assertThat(headerBlock.lines().filter(l -> !l.startsWith(" ") && !l.startsWith("\t"))
                .map(l -> l.substring(0, l.indexOf(':')).toLowerCase()))
                .doesNotContain("bcc", "cc", "x-injected")
                .containsOnlyOnce("to", "subject");
        assertThat(mail.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly(address);
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("María Bcc: evil@x.test X-Injected: yes, \"Evil\" <evil@x.test>");
        assertThat(mail.getSubject()).isEqualTo("We have received your expression of interest (GEN-1 Bcc: evil@x.test X-Injected: yes body)");
        assertThat(TestServers.greenMail().getReceivedMessagesForDomain(EVIL_DOMAIN)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a@b.test\\r\\nBcc: evil@x.test",
            "a@b.test\\nevil@x.test",
            "a@b.test, evil@x.test",
            "a@b.test; evil@x.test",
            "Someone <evil@x.test>",
            "a@b.test>\\r\\nRCPT TO:<evil@x.test",
            "not-an-address"})
    void anAddressThatIsNotExactlyOneMailboxEndsFailedAndNothingIsSent(String email) {
        UUID eventId = UUID.randomUUID();
        String event = event("ApplicationWithdrawn", UUID.randomUUID(), eventId, "placeholder@b.test", "es")
                .replace("placeholder@b.test", email);

        TestTopics.send(Topics.APPLICATIONS, UUID.randomUUID().toString(), event);

        String id = NotificationEntry.idOf(eventId.toString(), "withdrawal");
        NotificationEntry failed = await().atMost(Duration.ofSeconds(30))
                .until(() -> notifications.find(id).orElse(null), e -> e != null && e.status() == DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("invalid recipient address");
        assertThat(TestServers.greenMail().getReceivedMessagesForDomain(EVIL_DOMAIN)).isEmpty();
        assertThat(Arrays.stream(TestServers.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().endsWith("@b.test"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).isEmpty();
    }
}
