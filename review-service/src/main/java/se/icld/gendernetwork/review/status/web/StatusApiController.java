package se.icld.gendernetwork.review.status.web;

import java.util.List;
import java.util.UUID;

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
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.status.ApplicantActions;
import se.icld.gendernetwork.review.status.StatusTimeline;

/** The applicant's API: the status token is the only credential; a wrong one is 404. */
@RestController
@RequestMapping("/api/v1/applications/{id}")
class StatusApiController {

    private final ApplicantActions actions;

    StatusApiController(ApplicantActions actions) {
        this.actions = actions;
    }

    /** What the applicant sees: no reviewer names, no internal notes, no emails. */
    record StatusView(String reference, Status status, List<StatusTimeline.Change> history) {

        static StatusView of(Application a) {
            return new StatusView(a.reference(), a.status(), StatusTimeline.changes(a.history()));
        }
    }

    record Answer(@NotBlank @Size(max = 4000) String message) {
    }

    @GetMapping("/status")
    StatusView status(@PathVariable UUID id, @RequestParam(required = false) String token) {
        return StatusView.of(actions.status(id, token));
    }

    @PostMapping("/withdrawal")
    StatusView withdraw(@PathVariable UUID id, @RequestParam(required = false) String token) {
        return StatusView.of(actions.withdraw(id, token));
    }

    @PostMapping("/information")
    StatusView provideInformation(@PathVariable UUID id, @RequestParam(required = false) String token,
            @Valid @RequestBody Answer answer) {
        return StatusView.of(actions.provideInformation(id, token, answer.message()));
    }
}
