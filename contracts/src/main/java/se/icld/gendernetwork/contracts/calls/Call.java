package se.icld.gendernetwork.contracts.calls;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call for applications: what applicants apply to, and when. {@code title} and {@code introduction}
 * in es, en and sv; {@code opensAt} and {@code closesAt} (null: open until further notice) are
 * instants, shown to applicants in {@code timeZone}; {@code eligibleCountries} are ISO codes.
 * {@code questions} is the question set its form asks ({@link Questions}); {@code criteria} are the ids
 * of the review criteria its applications are scored on (review-service's catalogue; empty: all of them).
 */
public record Call(String id, Map<String, String> title, Map<String, String> introduction, Instant opensAt,
        Instant closesAt, ZoneId timeZone, Set<String> eligibleCountries, Questions questions, List<String> criteria) {

    /** The question set of a call's form and the rules its submissions meet. */
    public enum Questions {
        /** The expression of interest in joining the network (workshops, focus areas, motivation). */
        NETWORK,
        /**
         * The municipal partnership programme, for municipalities already accepted into the network: the
         * reference of that application, the Swedish municipality they would like to partner with (or no
         * preference), the focus of the partnership and the mentoring wish.
         */
        PARTNERSHIP
    }

    /** Where a call stands at an instant. */
    public enum Phase {
        /** Not open yet: submissions are refused ({@code call-not-open}). */
        BEFORE,
        /** Open: submissions are accepted. */
        OPEN,
        /** Closed: submissions are refused ({@code call-closed}). */
        AFTER
    }

    public Call {
        title = Map.copyOf(title);
        introduction = Map.copyOf(introduction);
        eligibleCountries = Set.copyOf(eligibleCountries);
        questions = questions == null ? Questions.NETWORK : questions;
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A call with the network's question set, scored on every review criterion. */
    public Call(String id, Map<String, String> title, Map<String, String> introduction, Instant opensAt,
            Instant closesAt, ZoneId timeZone, Set<String> eligibleCountries) {
        this(id, title, introduction, opensAt, closesAt, timeZone, eligibleCountries, Questions.NETWORK, List.of());
    }

    /** Before {@code opensAt}: BEFORE; from {@code opensAt} up to (not including) {@code closesAt}: OPEN; then AFTER. */
    public Phase phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return Phase.BEFORE;
        }
        return closesAt == null || now.isBefore(closesAt) ? Phase.OPEN : Phase.AFTER;
    }

    /** The title in {@code language} (es, en or sv; another: Spanish). */
    public String titleIn(String language) {
        return title.getOrDefault(language, title.get("es"));
    }

    /** The introduction in {@code language} (es, en or sv; another: Spanish). */
    public String introductionIn(String language) {
        return introduction.getOrDefault(language, introduction.get("es"));
    }
}
