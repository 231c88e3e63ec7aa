package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.notification.NotificationTestSupport;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.NotificationLog;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15: anyone could make the system mail any address. Six applications name one address on one
 * day: five receipts go, the sixth is SUPPRESSED (recorded, announced as failed with its reason,
 * counted), and a decision to that address still goes (default limit: 5 receipts a day).
 */
class RecipientLimitIntegrationTest extends NotificationTestSupport {

    @Autowired
    NotificationLog notifications;

    @Autowired
    MeterRegistry meters;

    @Test
    void theSixthReceiptToOneAddressInADayIsSuppressedRecordedAndAnnouncedAndADecisionStillGoes() {
        String address = uniqueAddress();
        double limitedBefore = meters.counter("notification.recipient.limited").count();
        List<UUID> applications = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, String> deliveries = TestTopics.consumer(Topics.DELIVERIES)) {
            for (int i = 0; i < 6; i++) {
                UUID applicationId = UUID.randomUUID();
                UUID eventId = UUID.randomUUID();
                applications.add(applicationId);
                ids.add(NotificationEntry.idOf(eventId.toString(), "receipt"));
                TestTopics.send(Topics.APPLICATIONS, applicationId.toString(),
                        event("ApplicationRegistered", applicationId, eventId, address));
            }

            List<NotificationEntry> finished = await().atMost(Duration.ofSeconds(30)).until(
                    () -> ids.stream().map(notifications::find).flatMap(Optional::stream)
                            .filter(e -> e.status().finished() && e.announced()).toList(),
                    entries -> entries.size() == 6);
            assertThat(finished).extracting(NotificationEntry::status).filteredOn(s -> s == DeliveryStatus.SENT).hasSize(5);
            NotificationEntry suppressed = finished.stream().filter(e -> e.status() == DeliveryStatus.SUPPRESSED)
                    .findFirst().orElseThrow();
            assertThat(suppressed.attempts()).isZero();
            assertThat(suppressed.lastError()).contains("recipient limit").doesNotContain(address);
            assertThat(mailTo(address)).hasSize(5);
            assertThat(meters.counter("notification.recipient.limited").count()).isEqualTo(limitedBefore + 1);

            List<ConsumerRecord<String, String>> announced = TestTopics.pollKey(deliveries, suppressed.applicationId(), 1);
            assertThat(announced).hasSize(1);
            JsonNode failed = json.readTree(announced.get(0).value());
            assertThat(failed.get("type").asString()).isEqualTo("NotificationFailed");
            assertThat(failed.get("template").asString()).isEqualTo("receipt");
            assertThat(failed.get("reason").asString()).contains("recipient limit");
            assertThat(announced.get(0).value()).doesNotContain(address);
        }

        // A decision (and any notice but a receipt) is never suppressed.
        UUID decided = applications.get(0);
        UUID decisionEvent = UUID.randomUUID();
        TestTopics.send(Topics.APPLICATIONS, decided.toString(), event("DecisionMade", decided, decisionEvent, address));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(address).size() == 6);
        assertThat(notifications.find(NotificationEntry.idOf(decisionEvent.toString(), "decision-accepted")))
                .map(NotificationEntry::status).contains(DeliveryStatus.SENT);
    }
}
