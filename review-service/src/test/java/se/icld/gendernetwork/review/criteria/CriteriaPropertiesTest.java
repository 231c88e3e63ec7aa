package se.icld.gendernetwork.review.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The review criteria as configured: the call's four by default, checked when the service starts. */
class CriteriaPropertiesTest {

    private static final Map<String, String> NAMES = Map.of("es", "Compromiso", "en", "Commitment", "sv", "Engagemang");

    @Test
    void withoutConfigurationTheCallsFourCriteriaNamedInEveryLanguage() {
        CriteriaProperties properties = new CriteriaProperties(null, null);

        assertThat(properties.ids()).containsExactly("leadership-commitment", "focus-relevance", "workshop-capacity",
                "partnership-potential");
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

    @Test
    void aCriterionIsNamedInTheReadersLanguageElseSpanish() {
        Criterion c = new Criterion("commitment", NAMES);

        assertThat(c.nameIn(java.util.Locale.forLanguageTag("sv"))).isEqualTo("Engagemang");
        assertThat(c.nameIn(java.util.Locale.forLanguageTag("fr"))).isEqualTo("Compromiso");
    }
}
