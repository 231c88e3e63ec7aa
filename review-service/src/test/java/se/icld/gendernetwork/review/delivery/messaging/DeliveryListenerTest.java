package se.icld.gendernetwork.review.delivery.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.support.messaging.JsonRecords;
import se.icld.gendernetwork.support.messaging.UnprocessableRecordException;
import tools.jackson.databind.json.JsonMapper;

/** The delivery consumer's own decisions, without a broker: unknown applications are counted, junk refused. */
class DeliveryListenerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final InterestSubmitted GOLDEN = JSON.readValue(GoldenSamples.json("InterestSubmitted"), InterestSubmitted.class);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<UUID, HistoryEntry> appended = new HashMap<>();
    private boolean known;

    private final Applications applications = new Applications() {
        @Override
        public boolean insert(Application application) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Application> find(UUID id) {
            return known ? Optional.of(Application.register(GOLDEN, Instant.now())) : Optional.empty();
        }

        @Override
        public Optional<Application> findByReference(String reference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(Application application) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void writeErasure(Application application) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean appendOnce(UUID id, HistoryEntry entry) {
            return known && appended.putIfAbsent(id, entry) == null;
        }
    };

    private final Consumer<byte[]> consumer = new DeliveryListener()
            .recordDelivery(applications, new JsonRecords(JSON), meters);

    private double unknownCount() {
        return meters.counter("review.deliveries.unknown.application").count();
    }

    @Test
    void aReportForAnApplicationNotHeldIsCountedNotSilent() {
        known = false;
        consumer.accept(GoldenSamples.json("NotificationSent").getBytes(StandardCharsets.UTF_8));
        assertThat(unknownCount()).isEqualTo(1.0);
        assertThat(appended).isEmpty();
    }

    @Test
    void aReportForAKnownApplicationJoinsItsHistoryOnce() {
        known = true;
        byte[] record = GoldenSamples.json("NotificationSent").getBytes(StandardCharsets.UTF_8);
        consumer.accept(record);
        consumer.accept(record);
        assertThat(appended).hasSize(1);
        assertThat(unknownCount()).isZero();
    }

    @Test
    void aMegabyteTemplateIsRefusedForTheDeadLetterTopic() {
        known = true;
        String big = GoldenSamples.json("NotificationSent").replace("\"receipt\"", "\"" + "x".repeat(1_000_000) + "\"");
        assertThatThrownBy(() -> consumer.accept(big.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnprocessableRecordException.class);
        assertThat(appended).isEmpty();
    }
}
