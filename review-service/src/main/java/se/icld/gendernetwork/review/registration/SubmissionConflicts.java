package se.icld.gendernetwork.review.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a submission that reuses an application's id with other content is kept for an operator:
 * ids and content hashes only, never the content (the record itself stays on
 * {@code intake.submissions.v1} for the topic's retention, found by its key and event id).
 */
public interface SubmissionConflicts {

    /** A submission whose id is taken by an application of other content. */
    record Conflict(UUID submissionId, UUID eventId, String registeredContentHash, String conflictingContentHash,
            Instant seenAt) {
    }

    /** Records the conflict once per (submission id, conflicting content hash); false when it was already recorded. */
    boolean record(Conflict conflict);
}
