package se.icld.gendernetwork.review.status.web;

import java.time.Instant;
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
import se.icld.gendernetwork.review.status.ApplicantActions;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Status;

/** The applicant's API: the status token is the only credential; a wrong one is 404. */
@RestController
@RequestMapping("/api/v1/applications/{id}")
class StatusApiController {

    private final ApplicantActions actions;

    StatusApiController(ApplicantActions actions) {
        this.actions = actions;
    }

    record StatusView(String reference, Status status, List<StatusChange> history) {

        static StatusView of(Application a) {
            List<StatusChange> changes = StatusChange.of(a);
            return new StatusView(a.reference(), a.status(), changes);
        }
    }

    /** A change of status as the applicant sees it: no reviewer names, no internal notes. */
    record StatusChange(Status status, Instant at) {

        static List<StatusChange> of(Application a) {
            java.util.ArrayList<StatusChange> changes = new java.util.ArrayList<>();
            Status last = null;
            for (var h : a.history()) {
                if (h.status() != null && h.status() != last && h.sourceEventId() == null) {
                    changes.add(new StatusChange(h.status(), h.at()));
                    last = h.status();
                }
            }
            return changes;
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
