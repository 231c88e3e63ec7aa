package se.icld.gendernetwork.review.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import se.icld.gendernetwork.contracts.calls.ConfiguredLists;

/**
 * The review panel's settings ({@code review.criteria}, {@code review.reviews.*}). Checked when the
 * service starts: a criterion without an id of the form {@link ConfiguredLists#ID}, duplicate ids, or
 * a name missing in es, en or sv refuse the start with a message naming the criterion and what is
 * wrong, rather than surfacing as a review nobody can complete.
 *
 * @param criteria the catalogue of criteria the calls' reviews score, in the order the console shows them
 *        (a call picks some with its {@code criteria}, {@link CallCriteria}); none configured, {@link #DEFAULTS}
 * @param reviews how reviews are shown to reviewers
 */
@ConfigurationProperties("review")
public record CriteriaProperties(List<Criterion> criteria, @DefaultValue Reviews reviews) {

    /**
     * The catalogue when none is configured: the network call's four (leadership-commitment,
     * focus-relevance, workshop-capacity, partnership-potential) and two for the partnership programme
     * (partnership-fit, mentoring-readiness). Each call picks its own from the catalogue ({@link CallCriteria}).
     */
    public static final List<Criterion> DEFAULTS = List.of(
            criterion("leadership-commitment", "Compromiso del liderazgo municipal",
                    "Commitment of the municipality's leadership", "Den kommunala ledningens engagemang"),
            criterion("focus-relevance", "Pertinencia para las áreas de trabajo de la red",
                    "Relevance to the network's focus areas", "Relevans för nätverkets fokusområden"),
            criterion("workshop-capacity", "Capacidad de participar en ambos talleres",
                    "Capacity to take part in both workshops", "Förmåga att delta i båda workshoparna"),
            criterion("partnership-potential", "Potencial para una alianza municipal",
                    "Potential for a municipal partnership", "Potential för ett kommunalt partnerskap"),
            criterion("partnership-fit", "Afinidad con el municipio sueco y el enfoque de la alianza",
                    "Fit with the Swedish municipality and the partnership's focus",
                    "Samstämmighet med den svenska kommunen och partnerskapets inriktning"),
            criterion("mentoring-readiness", "Disposición para trabajar con una mentora o un mentor",
                    "Readiness to work with a mentor", "Beredskap att arbeta med en mentor"));

    private static Criterion criterion(String id, String es, String en, String sv) {
        return new Criterion(id, Map.of("es", es, "en", en, "sv", sv));
    }

    /**
     * @param blindUntilOwn a reviewer sees the others' reviews (and their averages) of an application
     *        only once they have submitted their own; admins always see them all
     */
    public record Reviews(@DefaultValue("false") boolean blindUntilOwn) {
    }

    public CriteriaProperties {
        criteria = criteria == null || criteria.isEmpty() ? DEFAULTS : List.copyOf(criteria);
        reviews = reviews == null ? new Reviews(false) : reviews;
        List<String> problems = new ArrayList<>();
        ConfiguredLists.check(criteria, "review.criteria", "criterion", Criterion::id, problems, (c, where) -> {
            for (String language : ConfiguredLists.LANGUAGES) {
                String name = c.name().get(language);
                if (name == null || name.isBlank()) {
                    problems.add(where + ".name." + language + " is missing (criterion '" + c.id() + "'): every criterion needs a name in es, en and sv");
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid review criteria: " + String.join("; ", problems));
        }
    }

    /** The criteria's ids, in order. */
    public List<String> ids() {
        return criteria.stream().map(Criterion::id).toList();
    }
}
