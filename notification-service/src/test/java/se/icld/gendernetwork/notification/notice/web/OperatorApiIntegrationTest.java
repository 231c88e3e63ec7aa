package se.icld.gendernetwork.notification.notice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.notification.SmtpFailureTestSupport;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import tools.jackson.databind.JsonNode;

/** The operators' resend is safe to press twice; the log shows the delivery, not the person. */
class OperatorApiIntegrationTest extends SmtpFailureTestSupport {

    @Test
    void aFailedEmailResentTwiceAtOnceGoesOutOnce() throws Exception {
        String address = uniqueAddress();
        SMTP.replyToRecipient(address, "550 5.2.1 Mailbox disabled");
        String id = publish("ApplicationRegistered", UUID.randomUUID(), UUID.randomUUID(), address, "receipt");
        awaitEntry(id, e -> e.status() == DeliveryStatus.FAILED && e.announced());

        // A double click, or two operators at the same moment.
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> resend(id));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> resend(id));
        List<Integer> statuses = List.of(first.join().statusCode(), second.join().statusCode());
        assertThat(statuses).contains(202).allMatch(s -> s == 202 || s == 409);

        NotificationEntry sent = awaitEntry(id, e -> e.status() == DeliveryStatus.SENT && e.announced());
        assertThat(resend(id).statusCode()).isEqualTo(409);
        assertThat(SMTP.receivedFor(address)).hasSize(1);
        assertThat(SMTP.recipientCommands(address)).isEqualTo(2); // the rejected attempt and the resend
        assertThat(sent.attempts()).isEqualTo(1); // counted afresh after the resend
    }

    @Test
    void resendingASentEmailIsAConflictAndAnUnknownOneIsNotFound() throws Exception {
        String address = uniqueAddress();
        String id = publish("ApplicationRegistered", UUID.randomUUID(), UUID.randomUUID(), address, "receipt");
        NotificationEntry sent = awaitEntry(id, e -> e.status() == DeliveryStatus.SENT);

        HttpResponse<String> conflict = resend(id);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains(sent.messageId()).doesNotContain(address);
        assertThat(resend(UUID.randomUUID() + ":receipt").statusCode()).isEqualTo(404);
        assertThat(SMTP.recipientCommands(address)).isEqualTo(1);
    }

    @Test
    void theLogShowsStatusAttemptsMessageIdAndTimesButNoAddressOrName() throws Exception {
        UUID applicationId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String address = uniqueAddress();
        SMTP.replyToRecipient(address, "450 4.2.1 Try later");
        String id = publish("ApplicationRegistered", applicationId, eventId, address, "receipt");
        awaitEntry(id, e -> e.status() == DeliveryStatus.SENT);

        HttpResponse<String> log = http("GET", "/api/v1/notifications?applicationId=" + applicationId);

        assertThat(log.statusCode()).isEqualTo(200);
        JsonNode line = json.readTree(log.body()).get(0);
        assertThat(line.get("id").asString()).isEqualTo(id);
        assertThat(line.get("template").asString()).isEqualTo("receipt");
        assertThat(line.get("language").asString()).isEqualTo("es");
        assertThat(line.get("status").asString()).isEqualTo("SENT");
        assertThat(line.get("attempts").asInt()).isEqualTo(2);
        assertThat(line.get("messageId").asString()).isEqualTo("<" + eventId + ".receipt@gender-network.local>");
        assertThat(line.get("createdAt").isNull()).isFalse();
        assertThat(line.get("updatedAt").isNull()).isFalse();
        assertThat(line.get("sentAt").isNull()).isFalse();
        assertThat(log.body()).doesNotContain(address, "María", "López", "Mar\\u00eda");
    }

    private HttpResponse<String> resend(String id) {
        try {
            return http("POST", "/api/v1/notifications/" + id + "/resend");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
