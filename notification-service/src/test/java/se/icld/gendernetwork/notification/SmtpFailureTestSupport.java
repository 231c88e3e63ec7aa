package se.icld.gendernetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.icld.gendernetwork.notification.journal.CrashingNotificationLog;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.testsupport.TestServers;
import se.icld.gendernetwork.testsupport.TestTopics;

/**
 * The second (and last) Spring context of these tests: the whole service on the shared Kafka and
 * MongoDB servers, but sending to a {@link ScriptedSmtpServer} of its own, which the tests stop,
 * start and script to answer 4xx or 5xx, while the shared GreenMail serves the other context
 * undisturbed. So that the two contexts never handle each other's emails, this one reads its own
 * topic in its own consumer group and keeps its log in its own database (each context's retry
 * scheduler sends whatever is due in its database). Its {@link CrashingNotificationLog} can
 * simulate a crash at the two points that matter for "each notice once".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.retry.give-up-after=" + SmtpFailureTestSupport.GIVE_UP_AFTER_SECONDS + "s",
        "notification.sending.probe-interval=2s",
        "spring.cloud.stream.bindings.notifyApplicant-in-0.destination=" + SmtpFailureTestSupport.TOPIC,
        "spring.cloud.stream.bindings.notifyApplicant-in-0.group=notification-service-failure-tests",
        "spring.cloud.stream.kafka.bindings.notifyApplicant-in-0.consumer.dlq-name=" + SmtpFailureTestSupport.TOPIC
                + ".notification-service-failure-tests.dlq"})
@Import(CrashingLogConfiguration.class)
public abstract class SmtpFailureTestSupport extends NotificationContexts {

    protected static final String TOPIC = "review.applications.v1.failure-tests";
    protected static final int GIVE_UP_AFTER_SECONDS = 3;
    protected static final ScriptedSmtpServer SMTP = new ScriptedSmtpServer().start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    protected CrashingNotificationLog notifications;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "notification-failure-tests");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    /** A fresh application's event of {@code type}, to {@code email}; returns its log entry id. */
    protected static String publish(String type, UUID applicationId, UUID eventId, String email, String template) {
        TestTopics.send(TOPIC, applicationId.toString(), event(type, applicationId, eventId, email));
        return NotificationEntry.idOf(eventId.toString(), template);
    }

    /** Waits until the entry exists and satisfies {@code condition}; returns it. */
    protected NotificationEntry awaitEntry(String id, Predicate<NotificationEntry> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> notifications.find(id).orElse(null), e -> e != null && condition.test(e));
    }

    /**
     * Checks that the entry went out after {@code attempts} attempts, each of which reached RCPT TO,
     * and that the server received the email once; returns the entry.
     */
    protected NotificationEntry assertSentOnce(NotificationEntry sent, String address, int attempts) {
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(attempts);
        assertThat(SMTP.recipientCommands(address)).isEqualTo(attempts);
        assertThat(SMTP.receivedFor(address)).hasSize(1);
        return sent;
    }

    protected HttpResponse<String> http(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
