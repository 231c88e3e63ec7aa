package se.icld.gendernetwork.review.assignment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.assignment.Assignments;
import se.icld.gendernetwork.review.workflow.ReviewerActions;
import se.icld.gendernetwork.review.workflow.web.ApplicationView;

/** Admins assign reviewers (role ADMIN). */
@RestController
@RequiredArgsConstructor
class AssignmentApiController {

    private final Assignments assignments;
    private final ReviewerActions actions;
    private final Clock clock;

    /** The reviewers of one application, replacing the earlier ones ({@code []} clears them). */
    record AssigneesRequest(@NotNull @Size(max = Application.MAX_ASSIGNEES) List<@NotNull @Size(min = 1, max = 120) String> reviewers) {
    }

    /** Spread the undecided applications over {@code reviewers}, {@code perApplication} each (the configured number without it). */
    record SpreadRequest(@NotNull @Size(min = 1, max = 100) List<@NotNull @Size(min = 1, max = 120) String> reviewers,
            @Min(1) @Max(Application.MAX_ASSIGNEES) Integer perApplication) {
    }

    /**
     * Sets who reviews the application. 403 {@code conflict-of-interest} when one of them has a
     * conflict with it (nothing is changed), 409 {@code illegal-transition} once it is decided or withdrawn.
     */
    @PutMapping("/api/v1/review/applications/{id}/assignees")
    ApplicationView assign(@PathVariable UUID id, @Valid @RequestBody AssigneesRequest request, Authentication admin) {
        Application application = assignments.assign(id, request.reviewers(), admin.getName());
        return ApplicationView.of(application, actions.panel(application, admin), admin.getName(), true,
                Instant.now(clock), actions.eligibility(application).orElse(null));
    }

    /**
     * Gives every undecided application (the oldest {@value Assignments#SPREAD_LIMIT}) reviewers until
     * it has {@code perApplication}: the least loaded first, never one with a conflict of interest.
     */
    @PostMapping("/api/v1/review/assignments")
    Assignments.Spread spread(@Valid @RequestBody SpreadRequest request, Authentication admin) {
        int each = request.perApplication() == null ? assignments.panel().perApplication() : request.perApplication();
        return assignments.spread(request.reviewers(), each, admin.getName());
    }
}
