package se.icld.gendernetwork.review.queue;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.Status;

/** Counts by status and country, and the median time from submission to decision, computed by the database. */
@Service
public class ReviewStats {

    private final ApplicationQueries applications;

    ReviewStats(ApplicationQueries applications) {
        this.applications = applications;
    }

    /**
     * @param byStatus every status, zero included
     * @param byCountry applications per country code
     * @param medianTimeToDecision among decided applications (first decision), null when none
     */
    public record Stats(long total, Map<Status, Long> byStatus, Map<String, Long> byCountry,
            Map<String, Map<Status, Long>> byCountryAndStatus, long decided, Duration medianTimeToDecision) {
    }

    public Stats compute() {
        Map<Status, Long> byStatus = countByStatus();
        Map<String, Map<Status, Long>> byCountryAndStatus = applications.countByCountryAndStatus();
        Map<String, Long> byCountry = new TreeMap<>();
        byCountryAndStatus.forEach((country, counts) ->
                byCountry.put(country, counts.values().stream().mapToLong(Long::longValue).sum()));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        ApplicationQueries.DecisionTimes decisions = applications.timesToFirstDecision();
        return new Stats(total, byStatus, byCountry, byCountryAndStatus, decisions.decided(), decisions.median());
    }

    /** Every status with its count (zero included). */
    public Map<Status, Long> countByStatus() {
        return applications.countByStatus();
    }
}
