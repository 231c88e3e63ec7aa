package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.intake.IntakeProperties;
import se.icld.gendernetwork.intake.calls.TestCalls;

/** When the start page lets the applicant choose a call: whenever the open calls are other than the default call alone. */
class FormPageTest {

    private static final Instant T2024 = Instant.parse("2024-01-01T05:00:00Z");
    private static final Instant T2025 = Instant.parse("2025-01-01T05:00:00Z");
    private static final Instant T2026 = Instant.parse("2026-01-01T05:00:00Z");

    private static boolean choosing(Instant now, Call... calls) {
        return new FormPage(new IntakeProperties(Map.of(), java.time.Duration.ofSeconds(3), 10), new Calls(List.of(calls)),
                new StaticMessageSource(), Optional.of(Clock.fixed(now, ZoneOffset.UTC))).choosing();
    }

    @Test
    void theDefaultCallAloneOpenIsItsFormAndAnyOtherOpenCallMakesAChoice() {
        Call network = TestCalls.call(Calls.DEFAULT_CALL, T2024, T2026);
        Call partnership = TestCalls.partnership("partnership-2025", T2025, null, java.util.Set.of("GT"));

        assertThat(choosing(T2024.plusSeconds(1), network, partnership)).as("only the default call open").isFalse();
        assertThat(choosing(T2025.plusSeconds(1), network, partnership)).as("both open").isTrue();
        assertThat(choosing(T2026.plusSeconds(1), network, partnership)).as("only the partnership call open").isTrue();
        assertThat(choosing(T2024.minusSeconds(1), network, partnership)).as("none open: the default call's page").isFalse();
    }
}
