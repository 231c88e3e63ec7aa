package se.icld.gendernetwork.review.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.support.calls.CallsConfiguration;

/** Each call's review criteria from the catalogue: one rule per test, no Spring but for the start-up's refusal. */
class CallCriteriaTest {

    private static final Map<String, String> WORDS = Map.of("es", "x", "en", "x", "sv", "x");
    private static final List<Criterion> CATALOGUE = CriteriaProperties.DEFAULTS;

    private static Call call(String id, List<String> criteria) {
        return new Call(id, WORDS, WORDS, Instant.EPOCH, null, ZoneId.of("UTC"), Set.of("GT"), Call.Questions.NETWORK,
                criteria);
    }

    @Test
    void aCallWithoutCriteriaIsScoredOnTheWholeCatalogueInItsOrder() {
        CallCriteria criteria = new CallCriteria(new Calls(List.of(call("network-2024", List.of()))), CATALOGUE);

        assertThat(criteria.ids("network-2024")).containsExactlyElementsOf(new CriteriaProperties(null, null).ids());
    }

    @Test
    void aCallIsScoredOnTheCriteriaItNamesInItsOwnOrder() {
        CallCriteria criteria = new CallCriteria(new Calls(List.of(
                call("network-2024", List.of("leadership-commitment", "focus-relevance", "workshop-capacity",
                        "partnership-potential")),
                call("partnership-2025", List.of("mentoring-readiness", "partnership-fit")))), CATALOGUE);

        assertThat(criteria.ids("network-2024")).containsExactly("leadership-commitment", "focus-relevance",
                "workshop-capacity", "partnership-potential");
        assertThat(criteria.ids("partnership-2025")).containsExactly("mentoring-readiness", "partnership-fit");
        assertThat(criteria.of("partnership-2025").get(1).nameIn(java.util.Locale.ENGLISH))
                .isEqualTo("Fit with the Swedish municipality and the partnership's focus");
    }

    @Test
    void anApplicationOfACallNoLongerConfiguredIsScoredOnTheCatalogue() {
        CallCriteria criteria = new CallCriteria(new Calls(List.of(call("network-2024", List.of("focus-relevance")))),
                CATALOGUE);

        assertThat(criteria.of("gone-2023")).isEqualTo(CATALOGUE);
        assertThat(criteria.ofConfigured("gone-2023")).isEmpty();
        assertThat(criteria.ofConfigured("network-2024").orElseThrow()).extracting(Criterion::id)
                .containsExactly("focus-relevance");
    }

    @Test
    void aCallNamingACriterionTheCatalogueLacksRefusesNamingTheCallAndTheCriterion() {
        Calls calls = new Calls(List.of(call("network-2024", List.of()), call("partnership-2025",
                List.of("partnership-fit", "charisma"))));

        assertThatThrownBy(() -> new CallCriteria(calls, CATALOGUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid call criteria: network.calls[1].criteria names 'charisma' (call 'partnership-2025'), "
                        + "which review.criteria does not define (it defines leadership-commitment, focus-relevance");
    }

    /** As the service starts: the calls and the catalogue from properties; a call naming an unknown criterion stops it. */
    @Test
    void theServiceRefusesToStartWhenACallNamesAnUnknownCriterion() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class)
                .withPropertyValues("network.calls[0].id=network-2024", "network.calls[0].title.es=Red",
                        "network.calls[0].title.en=Network", "network.calls[0].title.sv=Nätverket",
                        "network.calls[0].introduction.es=i", "network.calls[0].introduction.en=i",
                        "network.calls[0].introduction.sv=i", "network.calls[0].opens-at=2024-01-01T00:00:00-05:00",
                        "network.calls[0].time-zone=America/Bogota", "network.calls[0].eligible-countries=CO,GT");

        runner.withPropertyValues("network.calls[0].criteria=focus-relevance,workshop-capacity")
                .run(context -> assertThat(context.getBean(CallCriteria.class).ids("network-2024"))
                        .containsExactly("focus-relevance", "workshop-capacity"));
        runner.withPropertyValues("network.calls[0].criteria=focus-relevance,leadership")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("network.calls[0].criteria names 'leadership' (call 'network-2024')"));
    }

    @EnableConfigurationProperties(CriteriaProperties.class)
    @Import({CallsConfiguration.class, CriteriaConfiguration.class})
    static class Wiring {
    }
}
