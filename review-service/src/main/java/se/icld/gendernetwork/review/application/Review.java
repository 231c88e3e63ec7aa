package se.icld.gendernetwork.review.application;

import java.time.Instant;
import java.util.Map;

/**
 * One reviewer's review of an application: a score of {@link #MIN_SCORE}–{@link #MAX_SCORE} for
 * each of the call's criteria (by criterion id), a recommendation and an optional comment. Internal
 * to the team: never shown to the applicant.
 */
public record Review(String by, Map<String, Integer> scores, Recommendation recommendation, String comment, Instant at) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    /** The longest comment, as for notes and messages. */
    public static final int MAX_COMMENT = 4000;

    public Review {
        scores = Map.copyOf(scores);
    }
}
