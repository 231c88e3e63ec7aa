package se.icld.gendernetwork.review.application;

import java.time.Instant;

/**
 * A reviewer's conflict of interest with an application: who is conflicted, why (internal to the
 * team), who declared it (the reviewer themselves or an admin) and when. From then on that reviewer
 * may not review, claim or decide the application, and the queue and the export leave it out for them.
 */
public record Conflict(String reviewer, String reason, String declaredBy, Instant at) {

    /** The longest reason. */
    public static final int MAX_REASON = 1000;
}
