package se.icld.gendernetwork.review.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.ApplicationQueries.DecisionTimes;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueueFilter;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueuePosition;
import se.icld.gendernetwork.review.application.Status;
import tools.jackson.databind.json.JsonMapper;

/** The CSV export without a database: it streams what the query yields and leaves the caller's stream open. */
class ApplicationExportTest {

    private static final InterestSubmitted GOLDEN = JsonMapper.builder().build()
            .readValue(GoldenSamples.json("InterestSubmitted"), InterestSubmitted.class);

    private final AtomicBoolean cursorClosed = new AtomicBoolean();

    private final ApplicationQueries queries = new ApplicationQueries() {
        @Override
        public List<Application> queue(QueueFilter filter, long skip, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Application> queueAfter(QueueFilter filter, QueuePosition after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Application> queue(QueueFilter filter, QueueOrder order, long skip, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Application> queueAfter(QueueFilter filter, QueueOrder order, QueuePosition after, int limit,
                boolean backwards) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<Application> stream(QueueFilter filter, QueueOrder order) {
            return allOldestFirst();
        }

        @Override
        public long count(QueueFilter filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<Status, Long> countByStatus(String callId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Map<Status, Long>> countByCallAndStatus() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Map<Status, Long>> countByCountryAndStatus(String callId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DecisionTimes timesToFirstDecision(String callId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<Application> allOldestFirst() {
            return Stream.of(Application.register(GOLDEN, Instant.parse("2026-12-01T10:00:00Z")))
                    .onClose(() -> cursorClosed.set(true));
        }

        @Override
        public List<UUID> closedBefore(Instant cutoff, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Application> undecidedOldestFirst(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Long> assignedLoad() {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void theCallersStreamStaysOpenAndFlushedAndTheCursorIsClosed() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        StringWriter text = new StringWriter() {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };

        new ApplicationExport(queries).write(text);

        assertThat(closed).as("the response's writer is the caller's to close").isFalse();
        assertThat(cursorClosed).as("the database cursor is closed").isTrue();
        assertThat(text.toString().lines()).hasSize(2).first().asString().startsWith("reference,id,status");
        assertThat(text.toString()).contains(GOLDEN.applicant().email());
    }

    @Test
    void formulaCellsAreNeutralised() {
        assertThat(ApplicationExport.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ApplicationExport.safe("+1")).isEqualTo("'+1");
        assertThat(ApplicationExport.safe("-1")).isEqualTo("'-1");
        assertThat(ApplicationExport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ApplicationExport.safe("\tx")).isEqualTo("'\tx");
        assertThat(ApplicationExport.safe("María")).isEqualTo("María");
        assertThat(ApplicationExport.safe(null)).isEmpty();
    }
}
