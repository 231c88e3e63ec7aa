package se.icld.gendernetwork.review.web.pages;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;

/**
 * The pages' one problem handling (the reviewers' console and the applicant's status page): an
 * unknown id, a malformed one or a wrong status token is the same 404 page, in the visitor's
 * language (never the application's, so the page says nothing about it). A workflow refusal is not
 * handled here: the page that was acting shows itself again with the reason (409), so the reader
 * keeps their context. What fails outside a controller (unknown addresses, 405, 500) gets the same
 * error page from {@link PageErrorViews}. The API's controllers are answered first by
 * {@code ApiProblemAdvice} (problem+json); this advice applies to the other controllers.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageProblemAdvice {

    @ExceptionHandler({ApplicationNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HttpServletRequest request) {
        return PageErrorViews.page(request, HttpStatus.NOT_FOUND, request.getRequestURI().startsWith("/console"));
    }
}
