package se.icld.gendernetwork.review.queue;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.Status;

/**
 * Counts by status and country, and the median time from submission to decision, computed by the
 * database: of every call, or of one.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewStats {

    private final ApplicationQueries applications;

    /**
     * @param callId the call counted, null for every call
     * @param byStatus every status, zero included
     * @param byCountry applications per country code
     * @param medianTimeToDecision among decided applications (first decision), null when none
     */
    public record Stats(String callId, long total, Map<Status, Long> byStatus, Map<String, Long> byCountry,
            Map<String, Map<Status, Long>> byCountryAndStatus, long decided, Duration medianTimeToDecision) {
    }

    public Stats compute() {
        return compute(null);
    }

    /** The stats of the applications to {@code callId} (null: every call). */
    public Stats compute(String callId) {
        Map<Status, Long> byStatus = applications.countByStatus(callId);
        Map<String, Map<Status, Long>> byCountryAndStatus = applications.countByCountryAndStatus(callId);
        Map<String, Long> byCountry = new TreeMap<>();
        byCountryAndStatus.forEach((country, counts) ->
                byCountry.put(country, counts.values().stream().mapToLong(Long::longValue).sum()));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        ApplicationQueries.DecisionTimes decisions = applications.timesToFirstDecision(callId);
        return new Stats(callId, total, byStatus, byCountry, byCountryAndStatus, decisions.decided(), decisions.median());
    }

    /** Per call id, every status with its count (zero included), for each call with applications. */
    public Map<String, Map<Status, Long>> countByCallAndStatus() {
        return applications.countByCallAndStatus();
    }

    /** Every status with its count (zero included). */
    public Map<Status, Long> countByStatus() {
        return applications.countByStatus();
    }
}
