package se.icld.gendernetwork.support.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.support.calls.CallsProperties.Setting;

/** The calls as written in configuration: parsed, checked, and a broken list refuses the start. */
class CallsPropertiesTest {

    private static final Map<String, String> TEXT = Map.of("es", "Texto", "en", "Text", "sv", "Text");

    @Test
    void instantsWithAnOffsetAndATimeZoneAreRead() {
        Calls calls = new CallsProperties(List.of(new Setting("network-2024", TEXT, TEXT, "2026-12-01T00:00:00-05:00",
                "2026-12-10T23:59:59-05:00", "America/Bogota", Set.of("CO"), null, null))).toCalls();

        assertThat(calls.defaultCall().opensAt()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(calls.defaultCall().closesAt()).isEqualTo(Instant.parse("2026-12-11T04:59:59Z"));
        assertThat(calls.defaultCall().timeZone().getId()).isEqualTo("America/Bogota");
    }

    @Test
    void aDateOrZoneThatDoesNotParseIsNamedWithTheOtherProblems() {
        assertThatThrownBy(() -> new CallsProperties(List.of(new Setting("a", Map.of("es", "T"), TEXT, "mañana",
                "2026-12-10", "Mars/Olympus", Set.of("CO"), null, List.of("x", "x")))).toCalls())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("network.calls[0].opens-at 'mañana' is not an instant")
                .hasMessageContaining("network.calls[0].closes-at '2026-12-10' is not an instant")
                .hasMessageContaining("network.calls[0].time-zone 'Mars/Olympus' is not a time zone")
                .hasMessageContaining("network.calls[0].title.en is missing")
                .hasMessageContaining("network.calls[0].criteria: 'x' is listed twice");
    }

    @Test
    void theServicesGetTheCallsOfTheSharedDefaultsAndABrokenListStopsTheStart() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CallsConfiguration.class));

        runner.withPropertyValues("network.calls[0].id=network-2024", "network.calls[0].title.es=Red",
                "network.calls[0].title.en=Network", "network.calls[0].title.sv=Nätverk",
                "network.calls[0].introduction.es=I", "network.calls[0].introduction.en=I",
                "network.calls[0].introduction.sv=I", "network.calls[0].opens-at=2024-01-01T00:00:00-05:00",
                "network.calls[0].time-zone=America/Bogota", "network.calls[0].eligible-countries=CO,GT")
                .run(context -> assertThat(context.getBean(Calls.class).defaultCall().eligibleCountries())
                        .containsExactlyInAnyOrder("CO", "GT"));
        runner.withPropertyValues("network.calls[0].id=Broken")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("Invalid calls: network.calls[0].id must be lower-case"));
    }
}
