package se.icld.gendernetwork.review.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;
import se.icld.gendernetwork.contracts.delivery.NotificationFailed;
import se.icld.gendernetwork.contracts.delivery.NotificationSent;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.support.messaging.UnprocessableRecordException;
import tools.jackson.databind.json.JsonMapper;

/** Which delivery reports join the history, and which are refused as not being reports at all. */
class DeliveryReportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID APPLICATION = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static NotificationSent sent(String template, String language, String messageId) {
        return new NotificationSent(EVENT, AT, APPLICATION, UUID.randomUUID(), template, language, messageId);
    }

    @Test
    void theGoldenSamplesJoinTheHistory() {
        HistoryEntry sent = DeliveryReports.entryFor(JSON.readValue(GoldenSamples.json("NotificationSent"), DeliveryEvent.class));
        assertThat(sent.action()).isEqualTo(HistoryAction.EMAIL_SENT);
        assertThat(sent.detail()).isEqualTo("receipt (es)");
        assertThat(sent.by()).isEqualTo("notification-service");
        HistoryEntry failed = DeliveryReports.entryFor(JSON.readValue(GoldenSamples.json("NotificationFailed"), DeliveryEvent.class));
        assertThat(failed.action()).isEqualTo(HistoryAction.EMAIL_FAILED);
        assertThat(failed.sourceEventId()).isNotBlank();
    }

    @Test
    void aMegabyteTemplateIsNotAReport() {
        assertThatThrownBy(() -> DeliveryReports.entryFor(sent("x".repeat(1_000_000), "es", "<a.receipt@x>")))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("template");
    }

    @Test
    void templatesLanguagesAndMessageIdsAreThoseNotificationWrites() {
        assertThatThrownBy(() -> DeliveryReports.entryFor(sent("Receipt <b>", "es", "<a@x>")))
                .isInstanceOf(UnprocessableRecordException.class);
        assertThatThrownBy(() -> DeliveryReports.entryFor(sent(null, "es", "<a@x>")))
                .isInstanceOf(UnprocessableRecordException.class);
        assertThatThrownBy(() -> DeliveryReports.entryFor(sent("receipt", "de", "<a@x>")))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> DeliveryReports.entryFor(sent("receipt", "es", "<" + "a".repeat(999) + ">")))
                .isInstanceOf(UnprocessableRecordException.class).hasMessageContaining("Message-ID");
        assertThat(DeliveryReports.entryFor(sent("decision-waitlisted", "sv", "<a@x>")).detail())
                .isEqualTo("decision-waitlisted (sv)");
    }

    @Test
    void aReportWithoutIdsOrTimeIsNotAReport() {
        assertThatThrownBy(() -> DeliveryReports.entryFor(
                new NotificationSent(null, AT, APPLICATION, null, "receipt", "es", "<a@x>")))
                .isInstanceOf(UnprocessableRecordException.class);
        assertThatThrownBy(() -> DeliveryReports.entryFor(
                new NotificationSent(EVENT, AT, null, null, "receipt", "es", "<a@x>")))
                .isInstanceOf(UnprocessableRecordException.class);
        assertThatThrownBy(() -> DeliveryReports.entryFor(
                new NotificationSent(EVENT, null, APPLICATION, null, "receipt", "es", "<a@x>")))
                .isInstanceOf(UnprocessableRecordException.class);
    }

    @Test
    void aLongFailureReasonIsCutNotRefused() {
        HistoryEntry entry = DeliveryReports.entryFor(new NotificationFailed(EVENT, AT, APPLICATION, UUID.randomUUID(),
                "receipt", "en", "SMTP 550 " + "y".repeat(5_000)));
        assertThat(entry.detail()).startsWith("receipt (en): SMTP 550 ").hasSizeLessThan(DeliveryReports.MAX_REASON + 40);
    }
}
