package se.icld.gendernetwork.intake.form;

import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Error pages for people: a request for a page ({@code Accept: text/html}, outside {@code /api/} and
 * {@code /actuator/}) that fails (404, 405, 500 ...) gets an HTML page in the visitor's language
 * ({@code ?lang}, else {@code Accept-Language}, else Spanish) with a way back to the form. The API
 * and every other client keep their {@code application/problem+json}. As a
 * {@link HandlerExceptionResolver} it answers before the problem handlers; as an
 * {@link ErrorViewResolver} it renders what fails before reaching a handler (the container's errors).
 */
@Component
class PageErrors implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

    static final String VIEW = "error";

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
    /** Paths that may be linked again (in the other languages); anything else links to the form. */
    private static final Pattern LINKABLE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~/-]{0,200}");

    @Override
    public int getOrder() {
        // After Boot's DefaultErrorAttributes (which only records the exception), before the problem handlers.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!isPageRequest(request)) {
            return null;
        }
        HttpStatusCode status = ex instanceof ErrorResponse error ? error.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        if (ex instanceof ErrorResponse error) {
            HttpHeaders headers = error.getHeaders();
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        } else {
            // The exception's message may hold what was typed: its type and where it was thrown only.
            StackTraceElement[] trace = ex.getStackTrace();
            log.error("{} answering {} {} (at {})", ex.getClass().getName(), request.getMethod(), request.getRequestURI(),
                    trace.length > 0 ? trace[0] : "?");
        }
        response.setStatus(status.value());
        return page(request, status.value(), request.getRequestURI());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        return page(request, status.value(), path == null ? "/" : path.toString());
    }

    private static ModelAndView page(HttpServletRequest request, int status, String path) {
        String lang = LanguageResolver.visitorLanguage(request);
        request.setAttribute(LanguageResolver.LANGUAGE_ATTRIBUTE, lang);
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("status", status);
        page.addObject("lang", lang);
        page.addObject("languages", LanguageResolver.LANGUAGES);
        page.addObject("path", path != null && LINKABLE_PATH.matcher(path).matches() ? path : "/");
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }

    /** A browser asking for a page: not the API or the actuator, and {@code text/html} named in {@code Accept}. */
    static boolean isPageRequest(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri.startsWith("/api/") || uri.startsWith("/actuator")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> !"0".equals(type.getParameter("q")) && !type.isWildcardType() && type.includes(MediaType.TEXT_HTML));
        } catch (IllegalArgumentException e) { // InvalidMediaTypeException
            return false;
        }
    }
}
