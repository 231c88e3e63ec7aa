package se.icld.gendernetwork.intake.submission;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The ids of a submission, derived, never drawn at random, so that every replica, after any
 * restart and at any age, gives the same ids to the same submission and different ids to
 * different ones (intake-service/README.md, "Idempotency"):
 *
 * <pre>
 * submissionId = UUIDv3("submission:" + key + "\n" + contentHash)   with an Idempotency-Key
 * submissionId = UUIDv3("submission-without-key:\n" + contentHash)  without one
 * eventId      = UUIDv3("interest-submitted:" + submissionId)
 * </pre>
 *
 * {@code contentHash} is the normalised content's ({@link se.icld.gendernetwork.contracts.submission.SubmissionContent#contentHash()}).
 * A key cannot hold a line feed, so the two forms never meet.
 */
final class SubmissionIds {

    private SubmissionIds() {
    }

    static UUID submissionId(Optional<String> idempotencyKey, String contentHash) {
        String name = idempotencyKey.map(key -> "submission:" + key + "\n" + contentHash)
                .orElseGet(() -> "submission-without-key:\n" + contentHash);
        return uuid(name);
    }

    /** The event announcing a submission: a re-sent submission is the same event. */
    static UUID eventId(UUID submissionId) {
        return uuid("interest-submitted:" + submissionId);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
