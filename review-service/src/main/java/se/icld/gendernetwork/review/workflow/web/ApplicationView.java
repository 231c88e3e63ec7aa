package se.icld.gendernetwork.review.workflow.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import se.icld.gendernetwork.review.application.Applicant;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Claim;
import se.icld.gendernetwork.review.application.Decision;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.Interest;
import se.icld.gendernetwork.review.application.Municipality;
import se.icld.gendernetwork.review.application.Note;
import se.icld.gendernetwork.review.application.Status;

/** An application as a reviewer sees it (the outbox stays inside). */
record ApplicationView(String id, String reference, Status status, Instant submittedAt, Duration age,
        Applicant applicant, Municipality municipality, String motivation, Interest interest, Claim claim,
        Decision decision, List<HistoryEntry> history, List<Note> notes, long version) {

    static ApplicationView of(Application a, Instant now) {
        return new ApplicationView(a.id(), a.reference(), a.status(), a.submittedAt(),
                a.submittedAt() == null ? null : Duration.between(a.submittedAt(), now).withNanos(0),
                a.applicant(), a.municipality(), a.motivation(), a.interest(), a.claim(), a.decision(),
                a.history(), a.notes(), a.version());
    }
}
