package se.icld.gendernetwork.review.assignment;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Municipality;
import se.icld.gendernetwork.review.assignment.AssignmentProperties.AutoConflict;
import se.icld.gendernetwork.review.assignment.AssignmentProperties.Reviewer;

/**
 * The rule that marks reviewers conflicted with an application without anyone declaring it: with
 * {@code COUNTRY}, every panel member who works in the applicant's country; with {@code MUNICIPALITY},
 * those who work for the applicant's own municipality (same country, same name once case, accents
 * and surrounding spaces are set aside). Pure: no Spring, no store.
 */
public record AutoConflicts(AutoConflict rule, List<Reviewer> panel) {

    /** The reason recorded with an automatic conflict (internal to the team, like every reason). */
    public static final String REASON_COUNTRY = "automatic: works in the applicant's country";
    public static final String REASON_MUNICIPALITY = "automatic: works for the applicant's municipality";

    public static AutoConflicts of(AssignmentProperties properties) {
        return new AutoConflicts(properties.autoConflict(), properties.reviewers());
    }

    /** The panel members conflicted with an application for {@code municipality}, in the panel's order. */
    public List<Reviewer> conflicted(Municipality municipality) {
        if (rule == AutoConflict.NONE || municipality == null || municipality.country() == null) {
            return List.of();
        }
        return panel.stream().filter(r -> matches(r, municipality)).toList();
    }

    /** Who records an automatic conflict, in the history. */
    public static final String BY = "system";

    /**
     * Marks on {@code application} the conflicts this rule finds that are not declared yet (each a
     * {@code CONFLICT_DECLARED} history entry by {@link #BY}); the caller writes the application.
     *
     * @return how many it marked
     */
    public int apply(Application application, Instant now) {
        int marked = 0;
        for (Reviewer reviewer : conflicted(application.municipality())) {
            if (application.declareConflict(reviewer.username(), reason(), BY, now)) {
                marked++;
            }
        }
        return marked;
    }

    /** The reason to record for a conflict this rule found. */
    public String reason() {
        return rule == AutoConflict.MUNICIPALITY ? REASON_MUNICIPALITY : REASON_COUNTRY;
    }

    private boolean matches(Reviewer reviewer, Municipality municipality) {
        if (!municipality.country().equalsIgnoreCase(reviewer.country() == null ? "" : reviewer.country())) {
            return false;
        }
        return rule == AutoConflict.COUNTRY
                || (reviewer.municipality() != null && plain(reviewer.municipality()).equals(plain(municipality.name())));
    }

    static String plain(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
