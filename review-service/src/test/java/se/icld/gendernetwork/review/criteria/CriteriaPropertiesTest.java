package se.icld.gendernetwork.review.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The review criteria as configured: the catalogue's six by default, checked when the service starts. */
class CriteriaPropertiesTest {

    private static final Map<String, String> NAMES = Map.of("es", "Compromiso", "en", "Commitment", "sv", "Engagemang");

    @Test
    void withoutConfigurationTheNetworksFourAndThePartnershipsTwoNamedInEveryLanguage() {
        CriteriaProperties properties = new CriteriaProperties(null, null);

        assertThat(properties.ids()).containsExactly("leadership-commitment", "focus-relevance", "workshop-capacity",
                "partnership-potential", "partnership-fit", "mentoring-readiness");
        assertThat(properties.criteria()).allSatisfy(c -> assertThat(c.name()).containsOnlyKeys("es", "en", "sv"));
        assertThat(properties.reviews().blindUntilOwn()).isFalse();
    }

    @Test
    void duplicateIdsRefuseToStartNamingTheId() {
        assertThatThrownBy(() -> new CriteriaProperties(
                List.of(new Criterion("commitment", NAMES), new Criterion("commitment", NAMES)), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("review.criteria[1].id 'commitment' is used by an earlier criterion");
    }

    @Test
    void aMissingLanguageRefusesToStartNamingTheCriterionAndTheLanguage() {
        assertThatThrownBy(() -> new CriteriaProperties(
                List.of(new Criterion("commitment", Map.of("es", "Compromiso", "en", "Commitment"))), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("review.criteria[0].name.sv is missing (criterion 'commitment')");
    }

    @Test
    void anIdThatIsNoSafeKeyRefusesToStart() {
        assertThatThrownBy(() -> new CriteriaProperties(List.of(new Criterion("a.b", NAMES)), null))
                .hasMessageContaining("review.criteria[0].id must be lower-case letters");
    }

    /** As the service binds them: the names' map from the properties, and a refused list stops the start with the reason. */
    @Test
    void boundFromPropertiesAndABrokenListStopsTheStartWithTheReason() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Binding.class);

        runner.withPropertyValues("review.criteria[0].id=commitment", "review.criteria[0].name.es=Compromiso",
                "review.criteria[0].name.en=Commitment", "review.criteria[0].name.sv=Engagemang",
                "review.reviews.blind-until-own=true")
                .run(context -> {
                    CriteriaProperties bound = context.getBean(CriteriaProperties.class);
                    assertThat(bound.criteria()).containsExactly(new Criterion("commitment", NAMES));
                    assertThat(bound.reviews().blindUntilOwn()).isTrue();
                });
        runner.withPropertyValues("review.criteria[0].id=commitment", "review.criteria[0].name.es=Compromiso")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("review.criteria[0].name.en is missing (criterion 'commitment')"));
    }

    @EnableConfigurationProperties(CriteriaProperties.class)
    static class Binding {
    }

    @Test
    void aCriterionIsNamedInTheReadersLanguageElseSpanish() {
        Criterion c = new Criterion("commitment", NAMES);

        assertThat(c.nameIn(java.util.Locale.forLanguageTag("sv"))).isEqualTo("Engagemang");
        assertThat(c.nameIn(java.util.Locale.forLanguageTag("fr"))).isEqualTo("Compromiso");
    }
}
