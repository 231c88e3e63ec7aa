package se.icld.gendernetwork.review.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A review as a reviewer sent it, before the rules are checked: the API's and the console form's
 * values as they came (a recommendation that may not be one, scores that may be missing). The rules:
 * every criterion of the call scored, no other, each {@link Review#MIN_SCORE}–{@link Review#MAX_SCORE};
 * a recommendation of {@link Recommendation}; a comment of at most {@link Review#MAX_COMMENT}
 * characters (blank is none).
 */
public record ReviewSubmission(Map<String, Integer> scores, String recommendation, String comment) {

    public ReviewSubmission {
        scores = scores == null ? Map.of() : new TreeMap<>(scores);
    }

    /** Every broken rule, criteria in their configured order first; empty when the review may be kept. */
    public List<ReviewProblem> problems(List<String> criteria) {
        List<ReviewProblem> problems = new ArrayList<>();
        for (String criterion : criteria) {
            Integer score = scores.get(criterion);
            if (score == null) {
                problems.add(new ReviewProblem("scores." + criterion, "score-missing", "must be scored"));
            } else if (score < Review.MIN_SCORE || score > Review.MAX_SCORE) {
                problems.add(new ReviewProblem("scores." + criterion, "score-range",
                        "must be between " + Review.MIN_SCORE + " and " + Review.MAX_SCORE));
            }
        }
        scores.keySet().stream().filter(c -> !criteria.contains(c))
                .forEach(c -> problems.add(new ReviewProblem("scores." + c, "score-unknown", "is not a criterion of the call")));
        if (parsedRecommendation() == null) {
            problems.add(new ReviewProblem("recommendation", "recommendation-required", "must be ACCEPT, WAITLIST or REJECT"));
        }
        if (comment != null && comment.strip().length() > Review.MAX_COMMENT) {
            problems.add(new ReviewProblem("comment", "comment-too-long", "must be at most " + Review.MAX_COMMENT + " characters"));
        }
        return problems;
    }

    /** The review this submission makes, once {@link #problems} found none. */
    Review toReview(String by, Instant at) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        return new Review(by, scores, parsedRecommendation(), text, at);
    }

    private Recommendation parsedRecommendation() {
        if (recommendation == null) {
            return null;
        }
        for (Recommendation r : Recommendation.values()) {
            if (r.name().equals(recommendation.strip())) {
                return r;
            }
        }
        return null;
    }
}
