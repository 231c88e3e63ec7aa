package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.SmtpFailureTestSupport;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

/** Transient SMTP failures are retried with backoff; permanent ones end FAILED at once; all are announced. */
class SmtpFailureIntegrationTest extends SmtpFailureTestSupport {

    @Autowired
    NotificationProperties properties;

    @Test
    void aStoppedServerIsRetriedWithBackoffAndOnceBackGetsExactlyOneEmail() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String address = uniqueAddress();
        try (KafkaConsumer<String, String> deliveries = TestTopics.consumer(Topics.DELIVERIES)) {
            SMTP.stop();
            String id;
            NotificationEntry retrying;
            try {
                id = publish("ApplicationRegistered", applicationId, UUID.randomUUID(), address, "receipt");
                retrying = awaitEntry(id, e -> e.status() == DeliveryStatus.RETRYING && e.attempts() >= 2);
            } finally {
                SMTP.start();
            }
            assertThat(retrying.lastError()).isEqualTo("SMTP unavailable");
            // The next attempt is due one backoff after the attempt ended. The decision reads the clock when the
            // attempt ends and the write reads it again (updatedAt) a little later, and MongoDB truncates each
            // to the millisecond: so the gap is the backoff less a few milliseconds (at most 150 here, less
            // than the 200 ms between two backoffs of this test's policy, which it tells apart).
            Instant expected = retrying.updatedAt().plus(properties.retry().backoff(retrying.attempts()));
            assertThat(retrying.nextAttemptAt()).isBetween(expected.minusMillis(150), expected.plusMillis(1));

            NotificationEntry sent = awaitEntry(id, e -> e.status() == DeliveryStatus.SENT && e.announced());
            assertThat(sent.attempts()).isGreaterThan(1);
            assertThat(SMTP.receivedFor(address)).hasSize(1);
            assertThat(SMTP.receivedFor(address).get(0).message().getMessageID()).isEqualTo(sent.messageId());
            List<ConsumerRecord<String, String>> announced = TestTopics.pollKey(deliveries, applicationId.toString(), 1);
            assertThat(announced).hasSize(1);
            assertThat(json.readTree(announced.get(0).value()).get("type").asString()).isEqualTo("NotificationSent");
        }
    }

    @Test
    void fourHundredRepliesAreRetriedUntilTheServerAccepts() {
        String address = uniqueAddress();
        // Replies about this recipient (X.2.X); replies about the mail system (X.3.X) pause sending instead.
        SMTP.replyToRecipient(address, "450 4.2.1 Mailbox temporarily unavailable");
        SMTP.replyToData(address, "452 4.2.2 Mailbox full");

        String id = publish("InformationRequested", UUID.randomUUID(), UUID.randomUUID(), address, "information-request");

        assertSentOnce(awaitEntry(id, e -> e.status() == DeliveryStatus.SENT), address, 3);
    }

    @Test
    void aRejectedRecipientFailsAtOnceIsAnnouncedAndNeverRetried() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String address = uniqueAddress();
        SMTP.replyToRecipient(address, "550 5.1.1 No such user");
        try (KafkaConsumer<String, String> deliveries = TestTopics.consumer(Topics.DELIVERIES)) {
            String id = publish("ApplicationRegistered", applicationId, UUID.randomUUID(), address, "receipt");

            JsonNode announced = failedAtOnceAndAnnounced(id, "SMTP 550", deliveries, applicationId);
            assertThat(announced.toString()).doesNotContain(address);
        }
        // Had it been retried, the scripted 550 would be used up and the next attempt accepted.
        assertThat(SMTP.recipientCommands(address)).isEqualTo(1);
        assertThat(SMTP.receivedFor(address)).isEmpty();
    }

    @Test
    void aFiveHundredReplyToTheMessageFailsAtOnce() {
        String address = uniqueAddress();
        SMTP.replyToData(address, "554 5.6.0 Message rejected");

        String id = publish("DecisionMade", UUID.randomUUID(), UUID.randomUUID(), address, "decision-accepted");

        NotificationEntry failed = awaitEntry(id, e -> e.status() == DeliveryStatus.FAILED && e.announced());
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("SMTP 554");
        assertThat(SMTP.recipientCommands(address)).isEqualTo(1);
    }

    @Test
    void anInvalidAddressFailsAtOnceWithoutTalkingToTheServer() throws Exception {
        UUID applicationId = UUID.randomUUID();
        try (KafkaConsumer<String, String> deliveries = TestTopics.consumer(Topics.DELIVERIES)) {
            String id = publish("ApplicationWithdrawn", applicationId, UUID.randomUUID(), "not-an-address", "withdrawal");

            // FAILED in the log (not dead-lettered): the listener took the event, the address is what is wrong.
            failedAtOnceAndAnnounced(id, "invalid recipient address", deliveries, applicationId);
        }
        assertThat(SMTP.recipientCommands("not-an-address")).isZero();
    }

    @Test
    void aServerThatKeepsAnswering4xxEndsFailedOnceTheRetryBudgetIsSpent() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String address = uniqueAddress();
        String[] tryLater = new String[200];
        java.util.Arrays.fill(tryLater, "421 4.7.0 Try again later");
        SMTP.replyToRecipient(address, tryLater);
        try (KafkaConsumer<String, String> deliveries = TestTopics.consumer(Topics.DELIVERIES)) {
            String id = publish("ApplicationRegistered", applicationId, UUID.randomUUID(), address, "receipt");

            NotificationEntry failed = awaitEntry(id, e -> e.status() == DeliveryStatus.FAILED && e.announced());
            assertThat(failed.attempts()).isGreaterThan(2);
            // 421 is "closing the channel": on a reused connection the same attempt tries once more on a fresh one.
            assertThat(SMTP.recipientCommands(address)).isBetween(failed.attempts(), 2 * failed.attempts());
            assertThat(failed.lastError()).isEqualTo("SMTP 421");
            // The attempts span the whole budget (the last one at its end), however many that takes.
            assertThat(failed.updatedAt()).isAfterOrEqualTo(failed.createdAt().plusSeconds(GIVE_UP_AFTER_SECONDS));
            JsonNode announced = json.readTree(TestTopics.pollKey(deliveries, applicationId.toString(), 1).get(0).value());
            assertThat(announced.get("type").asString()).isEqualTo("NotificationFailed");
        }
        assertThat(SMTP.receivedFor(address)).isEmpty();
    }

    /**
     * Checks that the entry ended FAILED after one attempt with {@code reason}, and that the deliveries
     * topic announced it as NotificationFailed with the same reason; returns the announcement.
     */
    private JsonNode failedAtOnceAndAnnounced(String id, String reason, KafkaConsumer<String, String> deliveries,
            UUID applicationId) {
        NotificationEntry failed = awaitEntry(id, e -> e.status() == DeliveryStatus.FAILED && e.announced());
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo(reason);
        JsonNode announced = json.readTree(TestTopics.pollKey(deliveries, applicationId.toString(), 1).get(0).value());
        assertThat(announced.get("type").asString()).isEqualTo("NotificationFailed");
        assertThat(announced.get("reason").asString()).isEqualTo(reason);
        return announced;
    }
}
