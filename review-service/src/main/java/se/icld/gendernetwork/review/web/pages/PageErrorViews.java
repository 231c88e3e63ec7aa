package se.icld.gendernetwork.review.web.pages;

import java.util.Map;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages' error pages for what fails before or outside a page's controller: an unknown address
 * (404), a GET of a form's POST-only address (405), a failure (500) and any other error, as an HTML
 * page in the visitor's language ({@link PageLocaleResolver#visitorLanguage}). Boot's error
 * controller asks this resolver only for requests that accept {@code text/html}; the API
 * ({@code /api/**}) and the actuator are left to it (JSON), as before.
 */
@Component
class PageErrorViews implements ErrorViewResolver {

    static final String VIEW = "review/error";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        String uri = path == null ? request.getRequestURI() : path.toString();
        if (uri.startsWith("/api/") || uri.startsWith("/actuator")) {
            return null;
        }
        return page(request, status, uri.startsWith("/console"));
    }

    /** The error page for {@code status}, in the visitor's language; {@code console}: with a link back to the queue. */
    static ModelAndView page(HttpServletRequest request, HttpStatus status, boolean console) {
        PageLocaleResolver.fix(request, PageLocaleResolver.visitorLanguage(request));
        ModelAndView page = new ModelAndView(VIEW);
        int code = status.value();
        page.addObject("kind", code == 404 || code == 405 || code == 500 ? String.valueOf(code)
                : status.is5xxServerError() ? "500" : "other");
        page.addObject("console", console);
        page.addObject("languages", PageLocaleResolver.LANGUAGES);
        page.setStatus(status);
        return page;
    }
}
