package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.notification.NotificationTestSupport;
import se.icld.gendernetwork.testsupport.OperationsPorts;
import se.icld.gendernetwork.testsupport.TestTopics;

/** What operators alert on, as Prometheus scrapes it. */
class NotificationMetricsIntegrationTest extends NotificationTestSupport {

    /** The actuator's own port (health, info, the Prometheus scrape). */
    @LocalManagementPort
    int managementPort;

    @Test
    void theApplicationPortServesTheProbesOnlyAndTheManagementPortTheRest() {
        OperationsPorts.assertOperationsOnlyOnTheManagementPort(port, managementPort);
    }

    @Test
    void everyTemplateLanguageAndResultIsThereFromTheStart() {
        String scrape = scrape();
        for (Template template : Template.values()) {
            for (String language : Notice.LANGUAGES) {
                for (String result : List.of("sent", "retrying", "failed")) {
                    assertThat(value(scrape, "notification_emails_total", "template=\"" + template.wire() + "\"",
                            "language=\"" + language + "\"", "result=\"" + result + "\""))
                            .as("%s/%s/%s", template.wire(), language, result).isNotNull();
                }
            }
        }
        // No test sends this one, so it is exported at zero, as is every series before its first email.
        assertThat(value(scrape, "notification_emails_total", "template=\"decision-waitlisted\"", "language=\"sv\"",
                "result=\"failed\"")).isEqualTo(0.0);
        assertThat(value(scrape, "notification_retries_total")).isNotNull();
        assertThat(value(scrape, "notification_send_seconds_count")).isNotNull();
        assertThat(value(scrape, "notification_oldest_unsent_age_seconds")).isNotNull();
        assertThat(value(scrape, "messaging_dead_letters_total", "topic=\"review.applications.v1\"",
                "group=\"notification-service\"")).isNotNull();
    }

    /** Series used by no other test, so their counts are exact (the DLQ counter is shared with other tests). */
    @Test
    void theCountersMoveWithEveryEmailAndEveryDeadLetter() {
        String[] sent = {"template=\"information-request\"", "language=\"en\"", "result=\"sent\""};
        String[] failed = {"template=\"withdrawal\"", "language=\"en\"", "result=\"failed\""};
        String before = scrape();
        double sentBefore = value(before, "notification_emails_total", sent);
        double failedBefore = value(before, "notification_emails_total", failed);
        double sendsBefore = value(before, "notification_send_seconds_count");
        double deadBefore = value(before, "messaging_dead_letters_total", "topic=\"review.applications.v1\"");

        UUID applicationId = UUID.randomUUID();
        TestTopics.send(Topics.APPLICATIONS, applicationId.toString(),
                event("InformationRequested", applicationId, UUID.randomUUID(), uniqueAddress(), "en"));
        TestTopics.send(Topics.APPLICATIONS, applicationId.toString(),
                event("ApplicationWithdrawn", applicationId, UUID.randomUUID(), "no address at all", "en"));
        TestTopics.send(Topics.APPLICATIONS, applicationId.toString(), "{\"type\":\"ApplicationRegistered\"");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String after = scrape();
            assertThat(value(after, "notification_emails_total", sent)).isEqualTo(sentBefore + 1);
            assertThat(value(after, "notification_emails_total", failed)).isEqualTo(failedBefore + 1);
            assertThat(value(after, "notification_send_seconds_count")).isGreaterThanOrEqualTo(sendsBefore + 2);
            assertThat(value(after, "messaging_dead_letters_total", "topic=\"review.applications.v1\""))
                    .isGreaterThanOrEqualTo(deadBefore + 1);
        });
    }

    private String scrape() {
        return OperationsPorts.scrape(managementPort);
    }

    /** The value of the one sample of {@code metric} with all the given labels, or null. */
    private static Double value(String scrape, String metric, String... labels) {
        List<String> lines = scrape.lines()
                .filter(l -> l.startsWith(metric + "{") || l.startsWith(metric + " "))
                .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                .toList();
        assertThat(lines).as("samples of %s %s", metric, Arrays.toString(labels)).hasSizeLessThanOrEqualTo(1);
        return lines.isEmpty() ? null : Double.valueOf(lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1));
    }
}
