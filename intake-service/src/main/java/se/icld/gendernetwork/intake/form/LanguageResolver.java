package se.icld.gendernetwork.intake.form;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of a request. Pages (the form and what follows it): Spanish unless the page's own
 * {@code lang} parameter says {@code en} or {@code sv}; links and the form carry it, so the choice
 * survives the post without a cookie. The API: {@code Accept-Language}, Spanish by default.
 */
@Component("localeResolver")
class LanguageResolver implements LocaleResolver {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final List<String> LANGUAGES = List.of("es", "en", "sv");

    private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

    LanguageResolver() {
        api.setDefaultLocale(SPANISH);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return api.resolveLocale(request);
        }
        return Locale.forLanguageTag(language(request.getParameter("lang")));
    }

    /** One of {@link #LANGUAGES}: Spanish for anything else. */
    static String language(String requested) {
        return requested != null && LANGUAGES.contains(requested) ? requested : "es";
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language is chosen with the lang parameter");
    }
}
