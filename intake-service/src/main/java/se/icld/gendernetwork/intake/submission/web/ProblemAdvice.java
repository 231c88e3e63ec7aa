package se.icld.gendernetwork.intake.submission.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import se.icld.gendernetwork.intake.calls.CallNotOpenException;
import se.icld.gendernetwork.intake.ratelimit.RateLimitedException;
import se.icld.gendernetwork.intake.submission.InvalidSubmissionException;
import se.icld.gendernetwork.intake.submission.PublishFailedException;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics.Outcome;
import se.icld.gendernetwork.intake.submission.web.IdempotencyKeys.InvalidIdempotencyKeyException;
import se.icld.gendernetwork.support.web.RequestBodyLimit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 9457 problems for the submissions API, in the applicant's language ({@code Accept-Language},
 * Spanish by default). Validation problems carry {@code errors: [{field, message}]}. No stack
 * trace and no submitted value is ever echoed. Status and {@code Retry-After} come from
 * {@link SubmissionOutcome}, as on the form. Requests that match no handler (415, 405, 406, 404)
 * are answered by {@link HttpProblems}.
 */
@RestControllerAdvice(assignableTypes = SubmissionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private final ViolationMessages messages;
    private final SubmissionMetrics metrics;

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<Object> invalidSubmission(InvalidSubmissionException e) {
        return invalid(e.violations().stream()
                .map(v -> new FieldProblem(v.field(), messages.message(v)))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimit.isTooLarge(ex)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, new HttpHeaders(), "problem.tooLarge", Map.of());
        }
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new FieldProblem(path(unknown), messages.text("validation.unknownField"))));
        }
        if (jackson != null && !jackson.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(path(jackson), messages.text("validation.invalidValue"))));
        }
        metrics.count(Outcome.INVALID, null);
        return problem(HttpStatus.BAD_REQUEST, new HttpHeaders(), "problem.malformed", Map.of());
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ResponseEntity<Object> invalidKey() {
        return invalid(List.of(new FieldProblem("Idempotency-Key", messages.text("validation.idempotencyKey"))));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Object> rateLimited(RateLimitedException e) {
        return refused(SubmissionOutcome.of(e), Map.of());
    }

    /**
     * The broker may still write the submission: the problem says so and names the key to send it
     * again with ({@code idempotencyKey}, when the request had one; without one, the same body
     * again is the same application).
     */
    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<Object> unavailable(PublishFailedException e, HttpServletRequest request) {
        Optional<String> key = IdempotencyKeys.valid(request.getHeader(IdempotencyKeys.HEADER));
        return refused(SubmissionOutcome.of(e), key.<Map<String, Object>>map(k -> Map.of("idempotencyKey", k))
                .orElse(Map.of()));
    }

    /**
     * Before the call opens or after it closes: 409 with {@code code} {@code call-not-open} or
     * {@code call-closed}, the call's id and its dates, so a client can tell the applicant when.
     */
    @ExceptionHandler(CallNotOpenException.class)
    ResponseEntity<Object> callNotOpen(CallNotOpenException e) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", e.code());
        properties.put("callId", e.call().id());
        properties.put("opensAt", e.call().opensAt().toString());
        properties.put("closesAt", e.call().closesAt() == null ? null : e.call().closesAt().toString());
        return refused(SubmissionOutcome.of(e), properties);
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        List<FieldProblem> sorted = errors.stream().sorted(Comparator.comparing(FieldProblem::field)).toList();
        return refused(SubmissionOutcome.invalid(), Map.of("errors", sorted));
    }

    private ResponseEntity<Object> refused(SubmissionOutcome outcome, Map<String, Object> properties) {
        metrics.count(outcome.outcome(), null);
        return problem(outcome.status(), outcome.headers(), outcome.problemKey(), properties);
    }

    private ResponseEntity<Object> problem(HttpStatus status, HttpHeaders headers, String key,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.text(key + ".detail"));
        problem.setTitle(messages.text(key + ".title"));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
