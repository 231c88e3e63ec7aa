package se.icld.gendernetwork.review.workflow.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.WorkflowCode;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.review.workflow.BulkDecisions;

/**
 * One decision for a selection of applications, in one call (the console's bulk decision without its
 * confirmation page): each application the caller can decide is decided (claimed first in their name
 * where needed, each its own versioned write); the others are skipped with the reason.
 */
@RestController
@RequiredArgsConstructor
class BulkDecisionApiController {

    private final BulkDecisions bulk;

    /** Up to 100 application ids, the outcome, and an optional message for every applicant. */
    record BulkDecisionRequest(@NotEmpty @Size(max = BulkDecisions.MAX) List<@NotNull UUID> ids, @NotNull Status outcome,
            @Size(max = 4000) String message) {
    }

    /**
     * {@code decided}: the applications decided, with their status now; {@code skipped}: the others,
     * each with {@code reason} ({@code not-found}, {@code erased}, {@code conflict-of-interest},
     * {@code claimed}, {@code status}, {@code not-eligible}: a partnership application whose network application is
     * not accepted, {@code failed}) and the workflow's {@code code} where it refused.
     */
    record BulkDecisionResult(List<Decided> decided, List<Skipped> skipped) {
    }

    record Decided(UUID id, Status status) {
    }

    record Skipped(UUID id, String reason, String code) {
    }

    @PostMapping("/api/v1/review/decisions/bulk")
    BulkDecisionResult decide(@Valid @RequestBody BulkDecisionRequest request, Authentication reviewer) {
        if (!Status.OUTCOMES.contains(request.outcome())) {
            throw new WorkflowException(WorkflowCode.INVALID_OUTCOME, "the outcome must be ACCEPTED, WAITLISTED or REJECTED");
        }
        String message = request.message() == null || request.message().isBlank() ? null : request.message().strip();
        List<BulkDecisions.Item> results = bulk.decide(request.ids(), request.outcome(), message, reviewer.getName());
        return new BulkDecisionResult(
                results.stream().filter(BulkDecisions.Item::decided)
                        .map(i -> new Decided(i.id(), i.application().status())).toList(),
                results.stream().filter(i -> !i.decided())
                        .map(i -> new Skipped(i.id(), i.skip().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                                i.refusal() == null ? null : i.refusal().code().wire()))
                        .toList());
    }
}
