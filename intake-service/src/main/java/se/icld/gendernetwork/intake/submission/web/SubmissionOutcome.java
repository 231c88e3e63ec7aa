package se.icld.gendernetwork.intake.submission.web;

import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.intake.calls.CallNotOpenException;
import se.icld.gendernetwork.intake.ratelimit.RateLimitedException;
import se.icld.gendernetwork.intake.submission.InvalidSubmissionException;
import se.icld.gendernetwork.intake.submission.PublishFailedException;
import se.icld.gendernetwork.intake.submission.SubmissionMetrics.Outcome;

/**
 * How a submission that is not accepted is answered, one mapping for the API ({@link ProblemAdvice})
 * and the form: the status, {@code Retry-After}, the metric's outcome and the texts (the problem's
 * {@code problem.<key>.*}, the form's {@code form.notice.<notice>.*}).
 *
 * @param retryAfterSeconds seconds for {@code Retry-After}, 0 for none
 */
public record SubmissionOutcome(HttpStatus status, Outcome outcome, long retryAfterSeconds, String problemKey,
        String formNotice) {

    /** After a 503: long enough for a broker to come back, short enough that an applicant waits. */
    static final long UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

    public static SubmissionOutcome invalid() {
        return new SubmissionOutcome(HttpStatus.BAD_REQUEST, Outcome.INVALID, 0, "problem.invalid", null);
    }

    public static SubmissionOutcome rateLimited(long retryAfterSeconds) {
        return new SubmissionOutcome(HttpStatus.TOO_MANY_REQUESTS, Outcome.RATE_LIMITED, retryAfterSeconds,
                "problem.rateLimited", "rateLimited");
    }

    /** The broker did not acknowledge in time: it may still write the submission, so the same key is to be sent again. */
    public static SubmissionOutcome unavailable() {
        return new SubmissionOutcome(HttpStatus.SERVICE_UNAVAILABLE, Outcome.UNAVAILABLE,
                UNAVAILABLE_RETRY_AFTER_SECONDS, "problem.unavailable", "unavailable");
    }

    /** The call is not open (before its opening: {@code callNotOpen}; after its closing: {@code callClosed}). */
    public static SubmissionOutcome callNotOpen(CallNotOpenException refusal) {
        String key = refusal.phase() == Call.Phase.BEFORE ? "callNotOpen" : "callClosed";
        return new SubmissionOutcome(HttpStatus.CONFLICT, Outcome.CALL_CLOSED, 0, "problem." + key, key);
    }

    /** The outcome of a refused submission; other exceptions are not outcomes and are thrown again. */
    public static SubmissionOutcome of(RuntimeException refusal) {
        if (refusal instanceof InvalidSubmissionException) {
            return invalid();
        }
        if (refusal instanceof RateLimitedException limited) {
            return rateLimited(limited.retryAfterSeconds());
        }
        if (refusal instanceof PublishFailedException) {
            return unavailable();
        }
        if (refusal instanceof CallNotOpenException closed) {
            return callNotOpen(closed);
        }
        throw refusal;
    }

    public Optional<String> retryAfter() {
        return retryAfterSeconds > 0 ? Optional.of(Long.toString(retryAfterSeconds)) : Optional.empty();
    }

    /** The headers this outcome sets on any response ({@code Retry-After}). */
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        retryAfter().ifPresent(seconds -> headers.set(HttpHeaders.RETRY_AFTER, seconds));
        return headers;
    }
}
