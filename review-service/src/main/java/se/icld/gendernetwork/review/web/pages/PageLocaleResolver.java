package se.icld.gendernetwork.review.web.pages;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages' language: Spanish by default; a reviewer picks English or Swedish with {@code ?lang=}
 * (remembered in a cookie). A page may fix the language for one request with {@link #fix}: the
 * applicant's status page is always in the applicant's own language, whatever the cookie says.
 */
public final class PageLocaleResolver extends CookieLocaleResolver {

    public static final Locale DEFAULT = Locale.forLanguageTag("es");
    public static final List<String> LANGUAGES = List.of("es", "en", "sv");

    private static final String FIXED = PageLocaleResolver.class.getName() + ".FIXED";

    PageLocaleResolver() {
        super("review-lang");
        setDefaultLocale(DEFAULT);
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
    }

    /** Use {@code language} (es, en or sv; anything else is Spanish) for the rest of this request. */
    public static void fix(HttpServletRequest request, String language) {
        request.setAttribute(FIXED, supported(language));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object fixed = request.getAttribute(FIXED);
        if (fixed != null) {
            return (Locale) fixed;
        }
        return supported(super.resolveLocale(request).getLanguage());
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleLocaleContext(resolveLocale(request));
    }

    static Locale supported(String language) {
        return language != null && LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : DEFAULT;
    }
}
