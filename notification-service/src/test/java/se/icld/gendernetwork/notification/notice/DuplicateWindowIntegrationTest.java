package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.notification.ScriptedSmtpServer.Received;
import se.icld.gendernetwork.notification.SmtpFailureTestSupport;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.testsupport.TestTopics;

/**
 * Guarantee 6: each (eventId, template) goes out once; the one window for a duplicate is a crash
 * between the SMTP server's 250 and the log write, and even then it is one duplicate with the same
 * Message-ID. A crash anywhere before the send costs nothing.
 */
class DuplicateWindowIntegrationTest extends SmtpFailureTestSupport {

    @Test
    void aCrashBetweenThe250AndTheLogWriteSendsOneDuplicateWithTheSameMessageId() {
        UUID applicationId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String address = uniqueAddress();
        String id = receiptId(eventId);
        notifications.crashAfterNextSend(id);

        publish("ApplicationRegistered", applicationId, eventId, address, "receipt");

        // The entry stays PENDING under its lease; when the lease runs out the scheduler sends again.
        NotificationEntry sent = awaitSentAndAnnounced(id);
        assertThat(SMTP.receivedFor(address)).hasSize(2)
                .extracting(Received::messageId).containsOnly(sent.messageId());
        assertThat(sent.messageId()).isEqualTo("<" + eventId + ".receipt@gender-network.local>");

        // SENT is final: a redelivered event changes nothing (the next event on the key marks the point).
        TestTopics.send(TOPIC, applicationId.toString(), event("ApplicationRegistered", applicationId, eventId, address));
        awaitALaterEmailOn(applicationId);
        assertThat(SMTP.recipientCommands(address)).isEqualTo(2);
    }

    @Test
    void mongoDbAwayWhenThe250IsRecordedSendsNothingAgain() {
        // The write is retried in-process while the attempt holds its lease (2 s here), so the lease never
        // runs out with the entry PENDING and nothing is sent again.
        oneEmailThoughMongoDbIsAwayAfterTheSend(Duration.ofMillis(800));
    }

    @Test
    void mongoDbAwayForLongerThanTheLeaseStillSendsNothingAgain() {
        // The lease (2 s) runs out while MongoDB is away; once it answers, this instance claims the entry
        // again and writes what it kept in memory instead of sending.
        NotificationEntry sent = oneEmailThoughMongoDbIsAwayAfterTheSend(Duration.ofSeconds(4));
        assertThat(sent.sentAt()).isAfterOrEqualTo(sent.createdAt().plusSeconds(4));
    }

    @Test
    void aCrashAfterTheEntryIsWrittenButBeforeTheSendStillSendsExactlyOnce() {
        UUID eventId = UUID.randomUUID();
        String address = uniqueAddress();
        String id = receiptId(eventId);
        notifications.crashBeforeNextSend(id);

        publish("ApplicationRegistered", UUID.randomUUID(), eventId, address, "receipt");

        assertSentOnce(awaitSentAndAnnounced(id), address, 1);
    }

    @Test
    void aReplayedTopicSendsNothingAgain() {
        UUID applicationId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String address = uniqueAddress();
        String decision = event("DecisionMade", applicationId, eventId, address);

        for (int i = 0; i < 10; i++) {
            TestTopics.send(TOPIC, applicationId.toString(), decision);
        }
        awaitEntry(NotificationEntry.idOf(eventId.toString(), "decision-accepted"),
                e -> e.status() == DeliveryStatus.SENT);
        for (int i = 0; i < 10; i++) {
            TestTopics.send(TOPIC, applicationId.toString(), decision);
        }
        awaitALaterEmailOn(applicationId);

        assertThat(SMTP.recipientCommands(address)).isEqualTo(1);
        assertThat(SMTP.receivedFor(address)).hasSize(1);
    }

    @Test
    void anAttemptThatOutlivedItsLeaseCannotUndoASend() {
        String address = uniqueAddress();
        String id = publish("ApplicationRegistered", UUID.randomUUID(), UUID.randomUUID(), address, "receipt");
        NotificationEntry sent = awaitEntry(id, e -> e.status() == DeliveryStatus.SENT);

        // A slower attempt whose lease ran out (so another attempt took over and sent) now reports its
        // own failure: recording it would make a SENT email due again, a second duplicate window.
        Instant now = Instant.now();
        assertThat(notifications.markRetrying(id, "SMTP unavailable", now, now)).isFalse();
        assertThat(notifications.markFailed(id, "SMTP 550", now)).isFalse();
        notifications.markSent(id, sent.messageId(), now);

        NotificationEntry after = notifications.find(id).orElseThrow();
        assertThat(after.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(after.sentAt()).isEqualTo(sent.sentAt());
        assertThat(SMTP.recipientCommands(address)).isEqualTo(1);
    }

    private static String receiptId(UUID eventId) {
        return NotificationEntry.idOf(eventId.toString(), "receipt");
    }

    /**
     * A fresh application's receipt with MongoDB away for {@code outage} right after the send: sent once,
     * recorded with one attempt, and nothing more goes out (a later email has arrived by the checks).
     */
    private NotificationEntry oneEmailThoughMongoDbIsAwayAfterTheSend(Duration outage) {
        String address = uniqueAddress();
        UUID eventId = UUID.randomUUID();
        String id = receiptId(eventId);
        notifications.mongoAwayAfterNextSend(id, outage);
        publish("ApplicationRegistered", UUID.randomUUID(), eventId, address, "receipt");

        NotificationEntry sent = awaitSentAndAnnounced(id);
        awaitALaterEmailOn(UUID.randomUUID());
        return assertSentOnce(sent, address, 1);
    }

    private NotificationEntry awaitSentAndAnnounced(String id) {
        return awaitEntry(id, e -> e.status() == DeliveryStatus.SENT && e.announced());
    }

    /**
     * Publishes a later event on the application's key and waits for its email: the records before it
     * on that key (one partition, read in order) have been handled by then.
     */
    private void awaitALaterEmailOn(UUID applicationId) {
        String marker = uniqueAddress();
        publish("ApplicationWithdrawn", applicationId, UUID.randomUUID(), marker, "withdrawal");
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.receivedFor(marker).size() == 1);
    }
}
