package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import jakarta.mail.internet.MimeMessage;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.notification.NotificationTestSupport;
import se.icld.gendernetwork.testsupport.TestTopics;

/**
 * {@code ApplicationErased}: the log keeps no personal data of the application (the events its
 * entries kept are gone, what was not sent yet is suppressed), the log lines stay, and a later event
 * of the application (redelivered, replayed) sends nothing.
 */
class ErasureIntegrationTest extends NotificationTestSupport {

    @Autowired
    MongoTemplate mongo;

    @Test
    void anErasedApplicationsLogHoldsNoPersonalDataAndItsLaterEventsSendNothing() {
        UUID applicationId = UUID.randomUUID();
        String address = uniqueAddress();
        sendAndAwaitMail(applicationId, event("ApplicationRegistered", applicationId, UUID.randomUUID(), address, "es"), address);
        assertThat(stored(applicationId)).contains(address);

        TestTopics.send(Topics.APPLICATIONS, applicationId.toString(),
                event("ApplicationErased", applicationId, UUID.randomUUID(), address, "es"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stored(applicationId))
                .doesNotContain(address, "María López", "Panajachel"));
        // The log line stays: what was sent, when, with which Message-ID.
        assertThat(entries(applicationId)).singleElement().satisfies(line -> {
            assertThat(line.getString("template")).isEqualTo("receipt");
            assertThat(line.getString("status")).isEqualTo("SENT");
            assertThat(line.getString("messageId")).isNotBlank();
        });

        // A decision of the erased application arriving afterwards (a replay): nothing is logged or sent.
        String later = uniqueAddress();
        TestTopics.send(Topics.APPLICATIONS, applicationId.toString(),
                event("DecisionMade", applicationId, UUID.randomUUID(), later, "es"));
        UUID other = UUID.randomUUID();
        String otherAddress = uniqueAddress();
        sendAndAwaitMail(other, event("DecisionMade", other, UUID.randomUUID(), otherAddress, "es"), otherAddress);
        // The partition is read in order; the other application's decision can come first only on
        // another partition, so also wait for the log to settle on this one.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> mailTo(later).isEmpty() && entries(applicationId).size() == 1);
    }

    @Test
    void whatWasNeverSentIsSuppressedAndLosesItsEvent() {
        UUID applicationId = UUID.randomUUID();
        String address = "not an address";
        // An invalid recipient fails: an entry not SENT, which an erasure suppresses (as it would a pending or retrying one).
        TestTopics.send(Topics.APPLICATIONS, applicationId.toString(),
                event("InformationRequested", applicationId, UUID.randomUUID(), address, "es"));
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(applicationId).size() == 1);

        TestTopics.send(Topics.APPLICATIONS, applicationId.toString(),
                event("ApplicationErased", applicationId, UUID.randomUUID(), address, "es"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entries(applicationId)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("status")).isEqualTo("SUPPRESSED");
                    assertThat(entry.getString("lastError")).isEqualTo("erased");
                    assertThat(entry.containsKey("event")).isFalse();
                }));
    }

    @Test
    void anErasureRequestSendsItsConfirmationLinkInTheApplicantsLanguageAndNoStatusLink() throws Exception {
        UUID applicationId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String address = uniqueAddress();
        MimeMessage mail = sendAndAwaitMail(applicationId, event("ErasureRequested", applicationId, eventId, address, "sv"), address);
        assertThat(mail.getSubject()).isEqualTo("Bekräfta raderingen av dina uppgifter (GEN-7K3Q-9XDA)");
        assertThat(mail.getMessageID()).isEqualTo("<" + eventId + ".erasure-confirmation@gender-network.local>");
        assertThat(plainText(mail)).contains("/status/" + applicationId + "/erasure-confirmation?code=",
                "ingenting raderas").doesNotContain("token=");
    }

    private List<Document> entries(UUID applicationId) {
        return mongo.getCollection("notifications").find(new Document("applicationId", applicationId.toString()))
                .into(new java.util.ArrayList<>());
    }

    private String stored(UUID applicationId) {
        return entries(applicationId).stream().map(Document::toJson).reduce("", String::concat);
    }
}
