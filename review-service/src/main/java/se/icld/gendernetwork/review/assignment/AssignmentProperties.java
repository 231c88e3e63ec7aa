package se.icld.gendernetwork.review.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who reviews ({@code review.assignment.*}). Checked when the service starts: a reviewer without a
 * username, a username given twice, or a country that is not two capital letters refuse the start
 * with a message naming the entry.
 *
 * @param reviewers the panel: the reviewers an admin spreads applications over in the console, each
 *        with where they work (used only for automatic conflicts of interest); an admin may still
 *        assign any username by hand or through the API
 * @param autoConflict which reviewers are marked conflicted with an application automatically: none,
 *        those of the applicant's country, or those of the applicant's municipality (same country
 *        and name, case and accents aside)
 * @param perApplication how many reviewers the console's spread gives each application, by default
 */
@ConfigurationProperties("review.assignment")
public record AssignmentProperties(List<Reviewer> reviewers, @DefaultValue("NONE") AutoConflict autoConflict,
        @DefaultValue("2") int perApplication) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * A member of the panel.
     *
     * @param username as they sign in
     * @param country where they work (ISO 3166 code), or null
     * @param municipality the municipality they work for or with, or null
     */
    public record Reviewer(String username, String country, String municipality) {
    }

    /** Which reviewers a new application is conflicted with without anyone declaring it. */
    public enum AutoConflict {
        NONE, COUNTRY, MUNICIPALITY
    }

    public AssignmentProperties {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        autoConflict = autoConflict == null ? AutoConflict.NONE : autoConflict;
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reviewers.size(); i++) {
            Reviewer r = reviewers.get(i);
            String where = "review.assignment.reviewers[" + i + "]";
            if (r.username() == null || r.username().isBlank()) {
                problems.add(where + ".username is missing");
            } else if (!seen.add(r.username())) {
                problems.add(where + ".username '" + r.username() + "' is listed twice");
            }
            if (r.country() != null && !COUNTRY.matcher(r.country()).matches()) {
                problems.add(where + ".country must be an ISO code of two capital letters (CO, GT, SE), not '" + r.country() + "'");
            }
        }
        if (perApplication < 1 || perApplication > 20) {
            problems.add("review.assignment.per-application must be 1 to 20, not " + perApplication);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid review assignment settings: " + String.join("; ", problems));
        }
    }

    /** The panel's usernames, in the configured order. */
    public List<String> usernames() {
        return reviewers.stream().map(Reviewer::username).toList();
    }
}
