package se.icld.gendernetwork.contracts.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Calls and their phases: one test per rule. */
class CallsTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-10T04:59:59Z");
    private static final Map<String, String> TEXT = Map.of("es", "Texto", "en", "Text", "sv", "Text");

    private static Call call(String id, Instant opens, Instant closes) {
        return new Call(id, TEXT, TEXT, opens, closes, ZoneId.of("America/Bogota"), Set.of("CO", "GT"));
    }

    @Test
    void aCallIsBeforeThenOpenFromItsOpeningThenClosedFromItsClosing() {
        Call c = call("network-2024", OPENS, CLOSES);

        assertThat(c.phaseAt(OPENS.minusMillis(1))).isEqualTo(Call.Phase.BEFORE);
        assertThat(c.phaseAt(OPENS)).isEqualTo(Call.Phase.OPEN);
        assertThat(c.phaseAt(CLOSES.minusMillis(1))).isEqualTo(Call.Phase.OPEN);
        assertThat(c.phaseAt(CLOSES)).isEqualTo(Call.Phase.AFTER);
        assertThat(call("x", OPENS, null).phaseAt(Instant.MAX)).as("no closing: open until further notice")
                .isEqualTo(Call.Phase.OPEN);
    }

    @Test
    void theFirstCallIsTheDefaultAndOnlyOpenOnesAreListedAsOpen() {
        Calls calls = new Calls(List.of(call("network-2024", OPENS, CLOSES), call("partnership-2025", CLOSES, null)));

        assertThat(calls.defaultCall().id()).isEqualTo("network-2024");
        assertThat(calls.openAt(OPENS)).extracting(Call::id).containsExactly("network-2024");
        assertThat(calls.openAt(CLOSES)).extracting(Call::id).containsExactly("partnership-2025");
        assertThat(calls.find("nope")).isEmpty();
    }

    @Test
    void whatNamesNoCallBelongsToTheDefaultCall() {
        assertThat(Calls.orDefault(null)).isEqualTo(Calls.DEFAULT_CALL);
        assertThat(Calls.orDefault(" ")).isEqualTo(Calls.DEFAULT_CALL);
        assertThat(Calls.orDefault("partnership-2025")).isEqualTo("partnership-2025");
    }

    @Test
    void aBrokenCallListRefusesToStartNamingEachProblem() {
        Call noSwedish = new Call("b", Map.of("es", "T", "en", "T"), TEXT, OPENS, CLOSES, ZoneId.of("UTC"), Set.of("co"));

        assertThatThrownBy(() -> new Calls(List.of(call("a", OPENS, CLOSES), call("a", OPENS, OPENS), noSwedish,
                call("Bad Id", OPENS, CLOSES))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("network.calls[1].id 'a' is used by an earlier call")
                .hasMessageContaining("network.calls[1].closes-at must be after opens-at")
                .hasMessageContaining("network.calls[2].title.sv is missing")
                .hasMessageContaining("'co' is not an ISO code")
                .hasMessageContaining("network.calls[3].id must be lower-case");
        assertThatThrownBy(() -> new Calls(List.of())).hasMessageContaining("no call is configured");
    }

    @Test
    void aTextInAnotherLanguageFallsBackToSpanish() {
        Call c = new Call("a", Map.of("es", "Convocatoria", "en", "Call", "sv", "Utlysning"), TEXT, OPENS, null,
                ZoneId.of("UTC"), Set.of("CO"));

        assertThat(c.titleIn("sv")).isEqualTo("Utlysning");
        assertThat(c.titleIn("fr")).isEqualTo("Convocatoria");
    }
}
