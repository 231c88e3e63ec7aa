package se.icld.gendernetwork.review.status.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Correction;
import se.icld.gendernetwork.review.application.PendingEmail;
import se.icld.gendernetwork.review.application.Decision;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.status.ApplicantActions;
import se.icld.gendernetwork.review.status.ApplicantTimeZone;
import se.icld.gendernetwork.review.status.StatusTimeline;

/** The applicant's API: the status token is the only credential; a wrong one is 404. */
@RestController
@RequestMapping("/api/v1/applications/{id}")
@RequiredArgsConstructor
class StatusApiController {

    private final ApplicantActions actions;

    private final Clock clock;

    /**
     * What the applicant sees: no reviewer names, no internal notes, no emails. {@code history} is
     * the changes of status (as it always was); added later, and only added: {@code language} (the
     * applicant's), {@code timeZone} (the zone the status page writes times in), {@code question}
     * (the open information request, or null), {@code decision} (outcome, message and time of the
     * decision in force, or null) and {@code conversation}, the status page's timeline: each step's
     * {@code kind} ({@code RECEIVED}, {@code REVIEW_STARTED}, {@code INFO_REQUESTED},
     * {@code INFO_PROVIDED}, {@code ACCEPTED}, {@code WAITLISTED}, {@code REJECTED}, {@code WITHDRAWN}),
     * {@code at}, and the {@code message} written with it (the question, the answer, the decision's
     * message) or null.
     */
    record StatusView(String reference, Status status, List<StatusTimeline.Change> history, String language,
            String timeZone, String question, DecisionView decision, List<StatusTimeline.Entry> conversation) {

        /** As the applicant has been told it (a decision in its grace period not yet: {@link StatusTimeline#announced}). */
        static StatusView of(Application a, Instant now) {
            String country = a.municipality() == null ? null : a.municipality().country();
            StatusTimeline.Announced told = StatusTimeline.announced(a, now);
            return new StatusView(a.reference(), told.status(), StatusTimeline.changes(told.history()),
                    a.applicant() == null ? null : a.applicant().language(), ApplicantTimeZone.of(country).getId(),
                    told.status() == Status.INFO_REQUESTED ? StatusTimeline.question(told.history()) : null,
                    DecisionView.of(told), StatusTimeline.conversation(told.history(), told.decision()));
        }
    }

    /** The decision in force (a later one replaces an earlier, e.g. WAITLISTED then ACCEPTED). */
    record DecisionView(Status outcome, String message, Instant at) {

        static DecisionView of(StatusTimeline.Announced a) {
            Decision d = a.decision();
            return d == null || d.outcome() != a.status() ? null : new DecisionView(d.outcome(), d.message(), d.at());
        }
    }

    record Answer(@NotBlank @Size(max = 4000) String message) {
    }

    /**
     * A correction: every field optional, a missing (or null) one keeps its value; {@code phone}
     * {@code ""} removes the phone number. Judged by the submission rules, as on the form.
     */
    record CorrectionRequest(String fullName, String email, String phone, String position, String motivation,
            List<String> focusAreas) {

        Correction correction() {
            return new Correction(fullName, email, phone, position, motivation, focusAreas);
        }
    }

    /**
     * What a correction did: {@code changed} the fields that changed ({@code applicant.fullName},
     * {@code applicant.email}, {@code applicant.phone}, {@code applicant.position}, {@code motivation},
     * {@code focusAreas}; empty: nothing changed), and the new email address waiting for confirmation
     * (sent a link; in use only once confirmed), or null.
     */
    record CorrectionView(List<String> changed, Status status, PendingEmailView pendingEmail) {

        static CorrectionView of(ApplicantActions.Corrected corrected) {
            PendingEmail pending = corrected.application().pendingEmail();
            return new CorrectionView(corrected.changed(), corrected.application().status(),
                    pending == null ? null : new PendingEmailView(pending.address(), pending.expiresAt()));
        }
    }

    /** A new address the applicant has to confirm from the email sent to it, before {@code expiresAt}. */
    record PendingEmailView(String address, Instant expiresAt) {
    }

    @GetMapping("/status")
    StatusView status(@PathVariable UUID id, @RequestParam(required = false) String token) {
        return StatusView.of(actions.status(id, token), Instant.now(clock));
    }

    @PostMapping("/withdrawal")
    StatusView withdraw(@PathVariable UUID id, @RequestParam(required = false) String token) {
        return StatusView.of(actions.withdraw(id, token), Instant.now(clock));
    }

    @PostMapping("/information")
    StatusView provideInformation(@PathVariable UUID id, @RequestParam(required = false) String token,
            @Valid @RequestBody Answer answer) {
        return StatusView.of(actions.provideInformation(id, token, answer.message()), Instant.now(clock));
    }

    /** Corrects the application while it is RECEIVED and unclaimed: 400 for broken rules, 409 otherwise refused. */
    @PostMapping("/correction")
    CorrectionView correct(@PathVariable UUID id, @RequestParam(required = false) String token,
            @RequestBody CorrectionRequest correction) {
        return CorrectionView.of(actions.correct(id, token, correction.correction()));
    }
}
