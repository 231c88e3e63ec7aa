package se.icld.gendernetwork.intake.submission.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.icld.gendernetwork.intake.ratelimit.RateLimitedException;
import se.icld.gendernetwork.intake.submission.IdempotencyConflictException;
import se.icld.gendernetwork.intake.submission.PublishFailedException;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics.Outcome;
import se.icld.gendernetwork.intake.submission.web.IdempotencyKeys.InvalidIdempotencyKeyException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 9457 problems for the submissions API, in the applicant's language ({@code Accept-Language},
 * Spanish by default). Validation problems carry {@code errors: [{field, message}]}. No stack
 * trace and no submitted value is ever echoed. Requests that match no handler (415, 405, 406, 404)
 * are answered by {@link HttpProblems}.
 */
@RestControllerAdvice(assignableTypes = SubmissionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

    static final String RETRY_AFTER_SECONDS = "30";

    private final MessageSource messages;
    private final SubmissionMetrics metrics;

    ProblemAdvice(MessageSource messages, SubmissionMetrics metrics) {
        this.messages = messages;
        this.metrics = metrics;
    }

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodySizeLimitFilter.isTooLarge(ex)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", Map.of());
        }
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new FieldProblem(path(unknown), text("validation.unknownField"))));
        }
        if (jackson != null && !jackson.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(path(jackson), text("validation.invalidValue"))));
        }
        metrics.count(Outcome.INVALID, null);
        return problem(HttpStatus.BAD_REQUEST, "problem.malformed", Map.of());
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ResponseEntity<Object> invalidKey() {
        return invalid(List.of(new FieldProblem("Idempotency-Key", text("validation.idempotencyKey"))));
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<Object> conflict() {
        metrics.count(Outcome.CONFLICT, null);
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.idempotencyConflict", Map.of());
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Object> rateLimited(RateLimitedException e) {
        metrics.count(Outcome.RATE_LIMITED, null);
        ResponseEntity<Object> problem = problem(HttpStatus.TOO_MANY_REQUESTS, "problem.rateLimited", Map.of());
        return ResponseEntity.status(problem.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem.getBody());
    }

    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<Object> unavailable() {
        metrics.count(Outcome.UNAVAILABLE, null);
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", Map.of());
        return ResponseEntity.status(problem.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem.getBody());
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        metrics.count(Outcome.INVALID, null);
        return problem(HttpStatus.BAD_REQUEST, "problem.invalid", Map.of("errors", errors));
    }

    private ResponseEntity<Object> problem(HttpStatus status, String key, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key + ".detail"));
        problem.setTitle(text(key + ".title"));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
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
