package se.icld.gendernetwork.intake.submission.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import se.icld.gendernetwork.intake.submission.Receipt;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics.Outcome;
import se.icld.gendernetwork.intake.submission.SubmissionRequest;
import se.icld.gendernetwork.intake.submission.Submissions;

/**
 * {@code POST /api/v1/submissions}: JSON only; 202 once the broker has the submission. Refusals
 * (400, 429, 503) are {@link ProblemAdvice}'s.
 */
@RestController
class SubmissionController {

    private final Submissions submissions;
    private final SubmissionMetrics metrics;

    SubmissionController(Submissions submissions, SubmissionMetrics metrics) {
        this.submissions = submissions;
        this.metrics = metrics;
    }

    @PostMapping(path = "/api/v1/submissions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> submit(
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            @RequestBody SubmissionRequest request) {
        Optional<String> key = IdempotencyKeys.check(idempotencyKey);
        Receipt receipt = submissions.submit(request, key);
        metrics.count(Outcome.ACCEPTED, request.municipality().country().strip());
        // The answer carries the applicant's status link (its token): never kept by a cache or proxy.
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .location(URI.create(receipt.statusApiUrl()))
                .body(new Accepted(receipt.submissionId(), receipt.reference(), "RECEIVED", receipt.statusUrl()));
    }

    record Accepted(UUID submissionId, String reference, String status, String statusUrl) {
    }
}
