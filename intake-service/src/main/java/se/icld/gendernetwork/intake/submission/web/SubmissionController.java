package se.icld.gendernetwork.intake.submission.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
@RequiredArgsConstructor
class SubmissionController {

    private final Submissions submissions;
    private final SubmissionMetrics metrics;

    @Operation(summary = "Submit an expression of interest or a partnership programme application",
            description = "202 once the broker acknowledged the submission; the body names the reference and the "
                    + "applicant's status link (keep it: it is the only way to the status page). callId names the call "
                    + "(none: the default call); its rules apply (GET /api/v1/calls: eligibleCountries, questions). A "
                    + "call with questions PARTNERSHIP takes a partnership object (networkReference: the reference of "
                    + "the application accepted into the network, e.g. GEN-7K3Q-9XDA; swedishMunicipality: the Swedish "
                    + "municipality wished, null or absent for no preference) and asks for "
                    + "no workshops (absent: none) and no partnershipInterest (absent: true); "
                    + "a NETWORK call refuses a partnership object.")
    @ApiResponse(responseCode = "202", description = "Accepted: the submission will be registered and a receipt "
            + "emailed; Location is the status API for this submission.")
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a wrong type or an invalid field "
            + "(errors: field and message, in the request's language; e.g. partnership.networkReference for a reference "
            + "not of the form intake issues, partnership for answers the call does not ask or requires), "
            + "or a malformed Idempotency-Key.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The body is over 64 KiB.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Not application/json.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many submissions from this client; Retry-After says when to "
            + "try again.", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The broker did not acknowledge in time: the submission may have "
            + "been saved; resend the same body with the same Idempotency-Key after Retry-After (the problem carries "
            + "idempotencyKey) and nothing is doubled.", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/v1/submissions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> submit(
            @Parameter(description = "8 to 128 characters of A-Z a-z 0-9 . _ : - ; resend with the same key after a 503 "
                    + "or a timeout", example = "7f9c2ba4-e88f-11ee-a506-0242ac120002")
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = {@ExampleObject(name = "Panajachel", value = EXAMPLE),
                        @ExampleObject(name = "Panajachel, partnership programme", value = PARTNERSHIP_EXAMPLE)}))
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

    static final String EXAMPLE = """
            {"applicant": {"fullName": "María López", "email": "maria.lopez@example.org", "phone": "+502 5555 1234",
              "position": "Directora Municipal de la Mujer", "preferredLanguage": "es"},
             "municipality": {"name": "Panajachel", "region": "Sololá", "country": "GT"},
             "motivation": "Queremos fortalecer la participación política de las mujeres en nuestro municipio.",
             "focusAreas": ["POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE"],
             "workshops": {"local": true, "sweden": true}, "partnershipInterest": true, "mentorshipInterest": true,
             "consent": {"dataProcessing": true, "noticeVersion": "2026-12"}}""";

    static final String PARTNERSHIP_EXAMPLE = """
            {"callId": "partnership-2025",
             "applicant": {"fullName": "María López", "email": "maria.lopez@example.org", "phone": "+502 5555 1234",
              "position": "Directora Municipal de la Mujer", "preferredLanguage": "es"},
             "municipality": {"name": "Panajachel", "region": "Sololá", "country": "GT"},
             "partnership": {"networkReference": "GEN-7K3Q-9XDA", "swedishMunicipality": "Uppsala"},
             "motivation": "Queremos trabajar con un municipio sueco en la prevención de la violencia de género.",
             "focusAreas": ["GENDER_BASED_VIOLENCE"], "mentorshipInterest": true,
             "consent": {"dataProcessing": true, "noticeVersion": "2026-12"}}""";
}
