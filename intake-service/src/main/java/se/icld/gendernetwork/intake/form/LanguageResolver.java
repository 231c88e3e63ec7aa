package se.icld.gendernetwork.intake.form;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of a request. Pages (the form and what follows it): Spanish unless the page's own
 * {@code lang} parameter says {@code en} or {@code sv}; links and the form carry it, so the choice
 * survives the post without a cookie. Error pages ({@link PageErrors}): {@code lang}, else the
 * browser's {@code Accept-Language}, else Spanish (a visitor who typed a wrong address chose no
 * language yet). The API: {@code Accept-Language}, Spanish by default.
 */
@Component("localeResolver")
class LanguageResolver implements LocaleResolver {

    static final Locale SPANISH = Locale.forLanguageTag("es");
    static final List<String> LANGUAGES = List.of("es", "en", "sv");
    /** A request attribute naming the page's language when it is not the {@code lang} parameter's. */
    static final String LANGUAGE_ATTRIBUTE = LanguageResolver.class.getName() + ".language";

    private static final List<Locale> LOCALES = LANGUAGES.stream().map(Locale::forLanguageTag).toList();

    private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

    LanguageResolver() {
        api.setDefaultLocale(SPANISH);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(LANGUAGE_ATTRIBUTE) instanceof String language) {
            return Locale.forLanguageTag(language);
        }
        if (request.getRequestURI().startsWith("/api/")) {
            return api.resolveLocale(request);
        }
        return Locale.forLanguageTag(language(request.getParameter("lang")));
    }

    /** One of {@link #LANGUAGES}: Spanish for anything else. */
    static String language(String requested) {
        return requested != null && LANGUAGES.contains(requested) ? requested : "es";
    }

    /** For a visitor who may not have chosen yet: {@code lang}, else the best of {@code Accept-Language}, else Spanish. */
    static String visitorLanguage(HttpServletRequest request) {
        String requested = request.getParameter("lang");
        if (requested != null && LANGUAGES.contains(requested)) {
            return requested;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accept != null && !accept.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), LOCALES);
                if (best != null) {
                    return best.getLanguage();
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: the default
            }
        }
        return "es";
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language is chosen with the lang parameter");
    }
}
