package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.application.Status;

/** The calls' panel of the console: each configured call, its phase, its dates for the reader, its counts. No Spring. */
class ConsoleCallsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Map<String, String> INTRO = Map.of("es", "i", "en", "i", "sv", "i");

    private static Call call(String id, String en, Instant opens, Instant closes) {
        return new Call(id, Map.of("es", en + " (es)", "en", en, "sv", en + " (sv)"), INTRO, opens, closes,
                ZoneId.of("America/Bogota"), Set.of("CO", "GT"));
    }

    private static final Calls CALLS = new Calls(List.of(
            call("network-2024", "Network", Instant.parse("2024-01-01T05:00:00Z"), Instant.parse("2026-12-01T04:59:59Z")),
            call("network-2026", "Next network", Instant.parse("2026-11-01T05:00:00Z"), null),
            call("partnership-2027", "Partnerships", Instant.parse("2027-01-15T05:00:00Z"), Instant.parse("2027-03-01T05:00:00Z"))));

    @Test
    void everyCallInOrderWithItsPhaseDatesInTheReadersZoneAndCountsZeroIncluded() {
        ConsoleTime stockholm = new ConsoleTime(Locale.ENGLISH, ZoneId.of("Europe/Stockholm"));

        List<ConsoleCalls.CallRow> rows = ConsoleCalls.rows(CALLS, Map.of(
                "network-2024", Map.of(Status.RECEIVED, 2L, Status.ACCEPTED, 1L),
                "gone-2023", Map.of(Status.REJECTED, 9L)), NOW, stockholm);

        assertThat(rows).extracting(ConsoleCalls.CallRow::id).containsExactly("network-2024", "network-2026", "partnership-2027");
        assertThat(rows).extracting(ConsoleCalls.CallRow::phase).containsExactly(Call.Phase.AFTER, Call.Phase.OPEN,
                Call.Phase.BEFORE);
        ConsoleCalls.CallRow closed = rows.get(0);
        assertThat(closed.title()).isEqualTo("Network");
        assertThat(closed.closes()).isEqualTo(stockholm.format(Instant.parse("2026-12-01T04:59:59Z"))).endsWith("CET");
        assertThat(closed.closesMachine()).isEqualTo("2026-12-01T05:59:59+01:00");
        assertThat(closed.counts()).hasSize(Status.values().length)
                .contains(new ConsoleCalls.StatusCount(Status.RECEIVED, 2), new ConsoleCalls.StatusCount(Status.ACCEPTED, 1),
                        new ConsoleCalls.StatusCount(Status.WITHDRAWN, 0));
        assertThat(closed.counts().get(0).status()).isEqualTo(Status.values()[0]);
        assertThat(closed.total()).isEqualTo(3);
        // Open until further notice: no closing; no applications yet: zeros.
        assertThat(rows.get(1).closes()).isNull();
        assertThat(rows.get(1).total()).isZero();
        assertThat(rows.get(1).counts()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void theTitleIsInTheReadersLanguage() {
        ConsoleTime swedish = new ConsoleTime(Locale.forLanguageTag("sv"), ZoneId.of("America/Bogota"));

        assertThat(ConsoleCalls.rows(CALLS, Map.of(), NOW, swedish).get(1).title()).isEqualTo("Next network (sv)");
        assertThat(ConsoleCalls.rows(CALLS, Map.of(), NOW, swedish).get(1).opens()).endsWith("COT");
    }
}
