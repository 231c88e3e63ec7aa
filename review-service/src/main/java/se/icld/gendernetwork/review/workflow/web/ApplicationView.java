package se.icld.gendernetwork.review.workflow.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import se.icld.gendernetwork.review.application.Applicant;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Claim;
import se.icld.gendernetwork.review.application.Decision;
import se.icld.gendernetwork.review.application.Eligibility;
import se.icld.gendernetwork.review.application.Erasure;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.Interest;
import se.icld.gendernetwork.review.application.Municipality;
import se.icld.gendernetwork.review.application.Mentor;
import se.icld.gendernetwork.review.application.Note;
import se.icld.gendernetwork.review.application.Partnership;
import se.icld.gendernetwork.review.application.PendingEmail;
import se.icld.gendernetwork.review.application.Review;
import se.icld.gendernetwork.review.application.ReviewSummary;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.workflow.Panel;

/**
 * An application as a reviewer sees it (the outbox stays inside). {@code applicant.email} is the
 * address in use; {@code pendingEmail} a new one the applicant asked for and has not confirmed yet
 * (null when none), without its code or the code's hash. {@code reviews} (who, scores by criterion id,
 * recommendation, comment, when) and {@code aggregate} (averages per criterion and overall,
 * recommendations counted) as the caller may see them: with {@code review.reviews.blind-until-own} a
 * reviewer without a review of their own gets no reviews, a null aggregate and {@code reviewsHidden}
 * true (see {@link Panel}). {@code conflicts}: the conflicts of interest declared. {@code erasure}
 * (null unless erased) says when, by whom and on whose request the applicant's personal data was
 * erased: the rest is then the skeleton. {@code assignees}: the reviewers an admin assigned (none: anyone).
 * {@code callId}: the call it was submitted to. {@code decisionTakeBackUntil}: until when the latest decision
 * can still be taken back ({@code POST .../decision/undo}; its email is held until then), null when it
 * cannot. {@code partnership} (null for a network application): the partnership programme's answers
 * (the network application's reference, the wished Swedish municipality or null for no preference, the id
 * of the network application found at registration or null); {@code eligibility} (null for a network
 * application) whether it may be accepted, from the network application's status now; {@code mentor}
 * the mentor an admin recorded, or null.
 */
public record ApplicationView(String id, String reference, Status status, Instant submittedAt, Duration age,
        Applicant applicant, Municipality municipality, String motivation, Interest interest, Claim claim,
        Decision decision, List<HistoryEntry> history, List<Note> notes, long version, PendingAddress pendingEmail,
        List<Review> reviews, ReviewSummary aggregate, boolean reviewsHidden, List<ConflictView> conflicts,
        Erasure erasure, Instant decisionTakeBackUntil, List<String> assignees, String callId, Partnership partnership,
        Eligibility eligibility, Mentor mentor) {

    /** A declared conflict of interest; {@code reason} only for an admin and for the conflicted reviewer, else null. */
    record ConflictView(String reviewer, String declaredBy, Instant at, String reason) {
    }

    /** A new email address awaiting the applicant's confirmation: asked for at {@code requestedAt}, its link works until {@code expiresAt}. */
    record PendingAddress(String address, Instant requestedAt, Instant expiresAt) {

        static PendingAddress of(PendingEmail pending) {
            return pending == null ? null : new PendingAddress(pending.address(), pending.requestedAt(), pending.expiresAt());
        }
    }

    public static ApplicationView of(Application a, Panel panel, String reader, boolean admin, Instant now,
            Eligibility eligibility) {
        return new ApplicationView(a.id(), a.reference(), a.status(), a.submittedAt(),
                a.submittedAt() == null ? null : Duration.between(a.submittedAt(), now).withNanos(0),
                a.applicant(), a.municipality(), a.motivation(), a.interest(), a.claim(), a.decision(),
                a.history(), a.notes(), a.version(), PendingAddress.of(a.pendingEmail()),
                panel.reviews(), panel.aggregate(), panel.hidden(),
                a.conflicts().stream().map(c -> new ConflictView(c.reviewer(), c.declaredBy(), c.at(),
                        admin || c.reviewer().equals(reader) ? c.reason() : null)).toList(),
                a.erasure(), a.takeBackUntil(now), a.assignees(), a.callId(), a.partnership(), eligibility, a.mentor());
    }
}
