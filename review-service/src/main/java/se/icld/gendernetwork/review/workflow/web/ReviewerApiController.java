package se.icld.gendernetwork.review.workflow.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.workflow.ReviewerActions;

/** The reviewers' API: one application at a time (role REVIEWER). */
@RestController
@RequestMapping("/api/v1/review/applications/{id}")
class ReviewerApiController {

    private final ReviewerActions actions;
    private final Clock clock;

    ReviewerApiController(ReviewerActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    record DecisionRequest(@NotNull Status outcome, @Size(max = 4000) String message) {
    }

    record MessageRequest(@NotBlank @Size(max = 4000) String message) {
    }

    record NoteRequest(@NotBlank @Size(max = 4000) String text) {
    }

    @GetMapping
    ApplicationView get(@PathVariable UUID id) {
        return view(actions.get(id));
    }

    @PostMapping("/claim")
    ApplicationView claim(@PathVariable UUID id, Principal reviewer) {
        return view(actions.claim(id, reviewer.getName()));
    }

    @PostMapping("/release")
    ApplicationView release(@PathVariable UUID id, Principal reviewer) {
        return view(actions.release(id, reviewer.getName()));
    }

    @PostMapping("/decision")
    ApplicationView decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request, Principal reviewer) {
        return view(actions.decide(id, reviewer.getName(), request.outcome(), request.message()));
    }

    @PostMapping("/info-request")
    ApplicationView requestInformation(@PathVariable UUID id, @Valid @RequestBody MessageRequest request,
            Principal reviewer) {
        return view(actions.requestInformation(id, reviewer.getName(), request.message()));
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView addNote(@PathVariable UUID id, @Valid @RequestBody NoteRequest request, Principal reviewer) {
        return view(actions.addNote(id, reviewer.getName(), request.text()));
    }

    private ApplicationView view(se.icld.gendernetwork.review.application.Application a) {
        return ApplicationView.of(a, Instant.now(clock));
    }
}
