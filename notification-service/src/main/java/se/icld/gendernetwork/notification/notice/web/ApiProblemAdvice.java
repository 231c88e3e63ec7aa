package se.icld.gendernetwork.notification.notice.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.icld.gendernetwork.notification.notice.AlreadySentException;
import se.icld.gendernetwork.notification.notice.InvalidRequeueException;
import se.icld.gendernetwork.notification.notice.NotificationNotFoundException;

/**
 * The operator API's one problem handling: RFC 9457 {@code application/problem+json} for every
 * {@code @RestController}, from the refusals of {@link se.icld.gendernetwork.notification.notice.Notifier}.
 * An unknown id is 404, an email already sent is 409 (naming its Message-ID, never an address), a
 * bulk requeue without {@code since} or for another status is 400. Spring MVC's own refusals
 * (unreadable JSON, wrong method) keep Spring Boot's default error response.
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

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
