package se.icld.gendernetwork.review.web;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;

import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.InvalidReviewException;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.review.status.InvalidCorrectionException;
import se.icld.gendernetwork.review.web.pages.PageLocaleResolver;
import se.icld.gendernetwork.review.workflow.ReviewerActions;
import se.icld.gendernetwork.support.web.RequestBodyLimit;

/**
 * The API's one problem handling: RFC 9457 {@code application/problem+json} for every
 * {@code @RestController} (reviewers', applicants', stats, export). A workflow refusal is 409 with
 * the workflow's {@code code}; an invalid review or correction is 400 with {@code errors}; an unknown id (or a wrong status token) is 404; invalid fields and
 * parameters are 400 with {@code errors} (a parameter is named, its value never quoted). Ordered before {@link se.icld.gendernetwork.review.web.pages.PageProblemAdvice},
 * which answers the pages with HTML.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
@RequiredArgsConstructor
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String message) {
    }

    private final ViolationMessages violations;

    /** A correction that breaks the submission rules: each field with the form's message, in {@code Accept-Language}'s es, en or sv (else Spanish). */
    @ExceptionHandler(InvalidCorrectionException.class)
    ProblemDetail invalidCorrection(InvalidCorrectionException e, HttpServletRequest request) {
        Locale locale = Locale.forLanguageTag(PageLocaleResolver.visitorLanguage(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Check the fields listed.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.violations().stream()
                .map(v -> new FieldProblem(v.field(), violations.message(v, locale)))
                .toList());
        return problem;
    }

    /** A review that breaks the aggregate's rules: each field ({@code scores.<criterion>}, {@code recommendation}, {@code comment}) with its problem. */
    @ExceptionHandler(InvalidReviewException.class)
    ProblemDetail invalidReview(InvalidReviewException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Check the fields listed.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> new FieldProblem(p.field(), p.message()))
                .toList());
        return problem;
    }

    /** 409 with the workflow's code; a conflict of interest ({@link se.icld.gendernetwork.review.application.WorkflowCode#forbidden()}) 403. */
    @ExceptionHandler(WorkflowException.class)
    ProblemDetail conflict(WorkflowException e) {
        boolean forbidden = e.code().forbidden();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(forbidden ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT,
                e.getMessage());
        problem.setTitle(forbidden ? "Forbidden" : "Conflict");
        problem.setProperty("code", e.code().wire());
        return problem;
    }

    @ExceptionHandler(ReviewerActions.NotYoursToDeclareException.class)
    ProblemDetail notYours(ReviewerActions.NotYoursToDeclareException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such application.");
        problem.setTitle("Not Found");
        return problem;
    }

    /**
     * A path that is not an application id is no such application (404); a query parameter of the
     * wrong type (a page that is not a number, a status that is not one) is a 400 naming it.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound();
        }
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "of another form"
                : type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
                : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "a whole number within range" : "of another form";
        return invalidParameter(new InvalidParameterException(e.getName(), "must be " + expected + "."));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(e.parameter(), e.problem())));
        return problem;
    }

    /** A body refused by the request-body limit while it was read is a 413, not a malformed request. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimit.isTooLarge(ex)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is too large.");
            problem.setTitle("Payload Too Large");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Check the fields listed.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
