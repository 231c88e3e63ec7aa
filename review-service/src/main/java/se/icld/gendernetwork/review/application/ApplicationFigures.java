package se.icld.gendernetwork.review.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The call's figures for the programme's overview, computed by the database in one aggregation:
 * counts only, no document is loaded. Nothing here is personal data (municipalities are public
 * bodies); erased applications count like the others (their status, municipality, language and
 * interest are kept).
 */
public interface ApplicationFigures {

    /** Every figure at once, over every call. */
    default Figures figures() {
        return figures(null);
    }

    /** Every figure at once, over the applications to {@code callId} (null: every call). */
    Figures figures(String callId);

    /** How many applications the overview names a municipality for; the rest are "other". */
    int TOP_MUNICIPALITIES = 15;

    /**
     * @param submissionsPerDay applications per UTC day of submission, oldest first, only the days with any
     * @param byStatus every status, zero included
     * @param byCountry per country code (null: unknown), most first
     * @param byLanguage per applicant's language (es, en, sv; null: unknown), most first
     * @param byFocusArea per focus area code, most first (an application counts once for each it chose)
     * @param topMunicipalities the {@link #TOP_MUNICIPALITIES} municipalities with the most applications, most first
     * @param municipalities how many different municipalities applied
     * @param interest how many applications asked for each workshop, the partnership, the mentorship
     * @param timeToDecision the decided applications by the time from submission to their first decision, zero included
     * @param decided applications decided at least once
     * @param medianTimeToDecision of the decided ones (first decision), null when none
     */
    record Figures(long total, List<DayCount> submissionsPerDay, Map<Status, Long> byStatus, List<Count> byCountry,
            List<Count> byLanguage, List<Count> byFocusArea, List<MunicipalityCount> topMunicipalities,
            long municipalities, InterestCounts interest, Map<DecisionTime, Long> timeToDecision, long decided,
            Duration medianTimeToDecision) {
    }

    record Count(String key, long count) {
    }

    record DayCount(LocalDate day, long count) {
    }

    record MunicipalityCount(String name, String country, long count) {
    }

    record InterestCounts(long localWorkshop, long swedenWorkshop, long partnership, long mentorship) {
    }

    /** The ranges of time from submission to first decision, each up to (not including) its upper bound. */
    enum DecisionTime {
        UNDER_1_DAY(Duration.ofDays(1)),
        DAYS_1_TO_3(Duration.ofDays(3)),
        DAYS_3_TO_7(Duration.ofDays(7)),
        DAYS_7_TO_14(Duration.ofDays(14)),
        DAYS_14_TO_30(Duration.ofDays(30)),
        OVER_30_DAYS(null);

        private final Duration below;

        DecisionTime(Duration below) {
            this.below = below;
        }

        /** The upper bound (exclusive), null for the last range. */
        public Duration below() {
            return below;
        }

        /** The range {@code time} falls in (a negative time, a clock's skew, in the first). */
        public static DecisionTime of(Duration time) {
            for (DecisionTime t : values()) {
                if (t.below == null || time.compareTo(t.below) < 0) {
                    return t;
                }
            }
            return OVER_30_DAYS;
        }
    }
}
