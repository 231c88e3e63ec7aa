package se.icld.gendernetwork.review.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The panel's figures for one application: how many reviews, the average score per criterion (in the
 * criteria's order; null for a criterion nobody scored) and overall (the mean of every score given),
 * each rounded to two decimals, and how many reviews recommend each outcome (every outcome present,
 * zero included).
 */
public record ReviewSummary(int reviews, Map<String, BigDecimal> averages, BigDecimal overall,
        Map<Recommendation, Integer> recommendations) {

    public static ReviewSummary of(List<Review> reviews, List<String> criteria) {
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        long sum = 0;
        long count = 0;
        for (String criterion : criteria) {
            List<Integer> scores = reviews.stream().map(r -> r.scores().get(criterion)).filter(Objects::nonNull).toList();
            long criterionSum = scores.stream().mapToLong(Integer::longValue).sum();
            averages.put(criterion, mean(criterionSum, scores.size()));
            sum += criterionSum;
            count += scores.size();
        }
        Map<Recommendation, Integer> counted = new EnumMap<>(Recommendation.class);
        for (Recommendation r : Recommendation.values()) {
            counted.put(r, (int) reviews.stream().filter(review -> review.recommendation() == r).count());
        }
        return new ReviewSummary(reviews.size(), averages, mean(sum, count), counted);
    }

    private static BigDecimal mean(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
