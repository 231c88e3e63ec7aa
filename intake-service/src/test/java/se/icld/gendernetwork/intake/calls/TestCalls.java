package se.icld.gendernetwork.intake.calls;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;

/** Calls for intake's plain tests. */
public final class TestCalls {

    private static final Map<String, String> TEXT = Map.of("es", "Convocatoria", "en", "Call", "sv", "Utlysning");

    private TestCalls() {
    }

    /** A call with these dates (closes null: open until further notice), in Bogotá's zone, for CO and GT. */
    public static Call call(String id, Instant opens, Instant closes) {
        return new Call(id, TEXT, TEXT, opens, closes, ZoneId.of("America/Bogota"), Set.of("CO", "GT"));
    }

    /** The partnership programme's call, with these dates, for {@code countries}. */
    public static Call partnership(String id, Instant opens, Instant closes, Set<String> countries) {
        return new Call(id, TEXT, TEXT, opens, closes, ZoneId.of("America/Bogota"), countries, Call.Questions.PARTNERSHIP,
                List.of());
    }

    /** The default call, open since 2024 and until further notice. */
    public static Calls open() {
        return new Calls(List.of(call(Calls.DEFAULT_CALL, Instant.parse("2024-01-01T05:00:00Z"), null)));
    }
}
