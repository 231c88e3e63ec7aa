package se.icld.gendernetwork.review.workflow.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.icld.gendernetwork.review.access.AccessRecords;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Mentor;
import se.icld.gendernetwork.review.application.ReviewSubmission;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.workflow.ReviewerActions;

/** The reviewers' API: one application at a time (role REVIEWER). */
@RestController
@RequestMapping("/api/v1/review/applications/{id}")
@RequiredArgsConstructor
class ReviewerApiController {

    private final ReviewerActions actions;
    private final Clock clock;
    private final AccessRecords accesses;

    record DecisionRequest(@NotNull Status outcome, @Size(max = 4000) String message) {
    }

    record MessageRequest(@NotBlank @Size(max = 4000) String message) {
    }

    /**
     * A review: a score per criterion id, a recommendation ({@code ACCEPT}, {@code WAITLIST},
     * {@code REJECT}) and an optional comment. Checked by the aggregate's rules (400 with each field
     * named), so the recommendation travels as text and an unknown one is a field error.
     */
    record ReviewRequest(Map<String, Integer> scores, String recommendation, String comment) {
    }

    /** A conflict of interest: why, and (admins only) for which reviewer; without {@code reviewer}, the caller's own. */
    record ConflictRequest(@NotBlank @Size(max = 1000) String reason, @Size(max = 120) String reviewer) {
    }

    record NoteRequest(@NotBlank @Size(max = 4000) String text) {
    }

    @GetMapping
    ApplicationView get(@PathVariable UUID id, Authentication reviewer) {
        ApplicationView view = view(actions.get(id), reviewer);
        accesses.viewed(id, reviewer.getName());
        return view;
    }

    @PostMapping("/claim")
    ApplicationView claim(@PathVariable UUID id, Authentication reviewer) {
        return view(actions.claim(id, reviewer.getName()), reviewer);
    }

    @PostMapping("/release")
    ApplicationView release(@PathVariable UUID id, Authentication reviewer) {
        return view(actions.release(id, reviewer.getName()), reviewer);
    }

    @PostMapping("/decision")
    ApplicationView decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request, Authentication reviewer) {
        return view(actions.decide(id, reviewer.getName(), request.outcome(), request.message()), reviewer);
    }

    /**
     * Takes the latest decision back within its grace period ({@code review.decision.grace-period}),
     * while its email is held: the reviewer who decided or an admin. The application is IN_REVIEW again
     * (or WAITLISTED, for an acceptance of a waitlisted one), claimed by the reviewer who decided; no
     * email goes out. After the grace period, or once the email went: 409 {@code grace-period-over};
     * another reviewer: 403 {@code not-the-decider}.
     */
    @PostMapping("/decision/undo")
    ApplicationView takeBackDecision(@PathVariable UUID id, Authentication reviewer) {
        return view(actions.takeBackDecision(id, reviewer), reviewer);
    }

    @PostMapping("/info-request")
    ApplicationView requestInformation(@PathVariable UUID id, @Valid @RequestBody MessageRequest request,
            Authentication reviewer) {
        return view(actions.requestInformation(id, reviewer.getName(), request.message()), reviewer);
    }

    /** The caller's review (replacing their earlier one); 400 when it breaks a rule, 409 once the application is decided or withdrawn. */
    @PostMapping("/reviews")
    ApplicationView review(@PathVariable UUID id, @RequestBody ReviewRequest request, Authentication reviewer) {
        return view(actions.review(id, reviewer.getName(),
                new ReviewSubmission(request.scores(), request.recommendation(), request.comment())), reviewer);
    }

    /**
     * Declares a conflict of interest (the caller's, or an admin's for {@code reviewer}): from then on
     * that reviewer's review, claim and decision are refused with 403 {@code conflict-of-interest}, and
     * their queue and export leave the application out. A reviewer naming someone else: 403.
     */
    @PostMapping("/conflict")
    ApplicationView declareConflict(@PathVariable UUID id, @Valid @RequestBody ConflictRequest request,
            Authentication reviewer) {
        return view(actions.declareConflict(id, reviewer, request.reviewer(), request.reason()), reviewer);
    }

    /**
     * The mentor of an accepted partnership application (admins only): name and organisation (or
     * municipality), 1 to 200 characters each, and an optional email. The applicant is told by email
     * ({@code MentorAssigned}); a different mentor later tells them again, the same one changes nothing.
     * Not an accepted partnership application: 409 {@code illegal-transition}.
     */
    @PutMapping("/mentor")
    ApplicationView assignMentor(@PathVariable UUID id, @Valid @RequestBody MentorRequest request,
            Authentication admin) {
        return view(actions.assignMentor(id, admin.getName(), request.name(), request.organisation(), request.email()),
                admin);
    }

    record MentorRequest(@NotBlank @Size(max = Mentor.MAX_TEXT) String name,
            @NotBlank @Size(max = Mentor.MAX_TEXT) String organisation,
            @Size(max = Mentor.MAX_EMAIL) @Pattern(regexp = "(|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)") String email) {
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView addNote(@PathVariable UUID id, @Valid @RequestBody NoteRequest request, Authentication reviewer) {
        return view(actions.addNote(id, reviewer.getName(), request.text()), reviewer);
    }

    private ApplicationView view(Application a, Authentication reader) {
        return ApplicationView.of(a, actions.panel(a, reader), reader.getName(), ReviewerActions.admin(reader),
                Instant.now(clock), actions.eligibility(a).orElse(null));
    }
}
