package se.icld.gendernetwork.review.web.pages;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages' language: Spanish by default; a reviewer picks English or Swedish with {@code ?lang=}
 * (remembered in a cookie). A page may fix the language for one request with {@link #fix}: the
 * applicant's status page is in the language its {@code ?lang=} names, else in the applicant's own
 * language, whatever the cookie says; an error page in the visitor's ({@link #visitorLanguage}).
 */
public final class PageLocaleResolver extends CookieLocaleResolver {

    public static final Locale DEFAULT = Locale.forLanguageTag("es");
    public static final List<String> LANGUAGES = List.of("es", "en", "sv");

    private static final String FIXED = PageLocaleResolver.class.getName() + ".FIXED";
    private static final String COOKIE = "review-lang";

    PageLocaleResolver() {
        super(COOKIE);
        setDefaultLocale(DEFAULT);
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
    }

    /** Use {@code language} (es, en or sv; anything else is Spanish) for the rest of this request. */
    public static void fix(HttpServletRequest request, String language) {
        request.setAttribute(FIXED, supported(language));
    }

    /** The language {@code ?lang=} (or a form's {@code lang} field) names, if it is es, en or sv; else null. */
    public static String requestedLanguage(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        return lang != null && LANGUAGES.contains(lang) ? lang : null;
    }

    /**
     * The language of a page that belongs to nobody in particular (the error pages): {@code ?lang=},
     * else the language this request's page had fixed, else the console's cookie, else the browser's
     * {@code Accept-Language} (es, en or sv, in the browser's order), else Spanish.
     */
    public static String visitorLanguage(HttpServletRequest request) {
        String requested = requestedLanguage(request);
        if (requested != null) {
            return requested;
        }
        if (request.getAttribute(FIXED) instanceof Locale fixed) {
            return fixed.getLanguage();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                String language = Locale.forLanguageTag(String.valueOf(cookie.getValue())).getLanguage();
                if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(language)) {
                    return language;
                }
            }
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accept != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (range.getWeight() > 0 && LANGUAGES.contains(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException e) {
                // A malformed header: as if there were none.
            }
        }
        return DEFAULT.getLanguage();
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
