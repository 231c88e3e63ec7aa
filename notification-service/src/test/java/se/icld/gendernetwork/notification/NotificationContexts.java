package se.icld.gendernetwork.notification;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import se.icld.gendernetwork.contracts.GoldenSamples;
import tools.jackson.databind.json.JsonMapper;

/**
 * What notification's two Spring contexts ({@link NotificationTestSupport}, {@link SmtpFailureTestSupport})
 * share: the settings that make retries, leases and the scheduler fast enough for a test, the
 * operator's password, the status links, the service's JSON mapper, and the golden events with
 * fresh ids and addresses. Each
 * context adds its own servers, budget and (for the second) topic, group and database.
 */
@TestPropertySource(properties = {
        "network.status.secret=test-status-secret-of-enough-length",
        "network.status.base-url=http://review.test",
        "notification.admin.password-hash={noop}admin-pw",
        "notification.retry.initial=200ms",
        "notification.retry.max=1s",
        "notification.retry.lease=2s",
        "notification.retry.interval=100ms",
        "spring.cloud.stream.bindings.notifyApplicant-in-0.consumer.max-attempts=2",
        "spring.cloud.stream.bindings.notifyApplicant-in-0.consumer.back-off-initial-interval=100",
        // GreenMail (test infrastructure, not the service) logs every address it creates a mailbox for.
        "logging.level.com.icegreen.greenmail=WARN"})
public abstract class NotificationContexts {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    /** The golden event of {@code type} for a fresh application, event id and recipient address. */
    protected static String event(String type, UUID applicationId, UUID eventId, String email, String language) {
        return GoldenSamples.json(type)
                .replace("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f", applicationId.toString())
                .replaceAll("\"eventId\": \"[0-9a-f-]+\"", "\"eventId\": \"" + eventId + "\"")
                .replace("maria.lopez@example.org", email)
                .replace("\"language\": \"es\"", "\"language\": \"" + language + "\"");
    }

    /** As {@link #event(String, UUID, UUID, String, String)}, in the golden sample's language (Spanish). */
    protected static String event(String type, UUID applicationId, UUID eventId, String email) {
        return event(type, applicationId, eventId, email, "es");
    }

    protected static String uniqueAddress() {
        return "applicant-" + UUID.randomUUID() + "@example.org";
    }
}
