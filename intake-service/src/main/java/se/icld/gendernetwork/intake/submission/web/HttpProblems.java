package se.icld.gendernetwork.intake.submission.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problems for what reaches no handler at all: 415 (not JSON), 405 (wrong method),
 * 406 (an {@code Accept} we cannot serve), 404 ... Boot's own problem-details handler steps back
 * as soon as any {@link ResponseEntityExceptionHandler} exists (such as {@link ProblemAdvice}), so
 * without this one those would fall to the servlet container's error page. Titles come from the
 * message bundles ({@code problemDetail.title.*}), in the client's language.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HttpProblems extends ResponseEntityExceptionHandler {
}
