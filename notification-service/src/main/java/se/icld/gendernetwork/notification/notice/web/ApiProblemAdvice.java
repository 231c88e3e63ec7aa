package se.icld.gendernetwork.notification.notice.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.icld.gendernetwork.notification.notice.AlreadySentException;
import se.icld.gendernetwork.notification.notice.InvalidRequeueException;
import se.icld.gendernetwork.notification.notice.NotificationNotFoundException;

/**
 * The operator API's one problem handling: RFC 9457 {@code application/problem+json} for every
 * {@code @RestController}, from the refusals of {@link se.icld.gendernetwork.notification.notice.Notifier}.
 * An unknown id is 404, an email already sent is 409 (naming its Message-ID, never an address), a
 * bulk requeue without {@code since} or for another status is 400; a missing or malformed query
 * parameter (an {@code applicationId} that is not an application id) and a body that is not the JSON
 * asked for are 400 problems naming what is wrong, never quoting the value. (They used to fall through
 * to the error page, which the security chain answered 403, or to an empty list.)
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice {

    @ExceptionHandler(NotificationNotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "Not Found", "No such notification.");
    }

    @ExceptionHandler(AlreadySentException.class)
    ProblemDetail alreadySent(AlreadySentException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "This email was already sent (" + e.messageId() + ").");
    }

    @ExceptionHandler(InvalidRequeueException.class)
    ProblemDetail invalidRequeue() {
        return problem(HttpStatus.BAD_REQUEST, "Bad Request",
                "status (FAILED or UNKNOWN) and since (an instant) are required.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalid(e.getParameterName(), "is required.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
        return invalid(e.getName(), java.util.UUID.class.equals(e.getRequiredType())
                ? "must be an application id (a UUID)." : "is not of the expected form.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody() {
        return problem(HttpStatus.BAD_REQUEST, "Bad Request", "The body is not the JSON this operation takes.");
    }

    /** A 400 naming the parameter and its problem, in {@code detail} and in {@code errors}. */
    private static ProblemDetail invalid(String parameter, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", parameter + ": " + message);
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", parameter, "message", message)));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
