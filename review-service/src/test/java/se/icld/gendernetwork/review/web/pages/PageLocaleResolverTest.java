package se.icld.gendernetwork.review.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.http.Cookie;

/** The error pages' language: ?lang=, a page's fixed language, the console's cookie, Accept-Language, Spanish. */
class PageLocaleResolverTest {

    @Test
    void theLangParameterComesFirst() {
        MockHttpServletRequest request = request("sv", "en-GB,en;q=0.9");
        request.setCookies(new Cookie("review-lang", "es"));
        assertThat(PageLocaleResolver.visitorLanguage(request)).isEqualTo("sv");
    }

    @Test
    void thenTheCookieThenTheBrowsersLanguages() {
        MockHttpServletRequest withCookie = request(null, "sv");
        withCookie.setCookies(new Cookie("review-lang", "en"));
        assertThat(PageLocaleResolver.visitorLanguage(withCookie)).isEqualTo("en");
        assertThat(PageLocaleResolver.visitorLanguage(request(null, "de-DE,de;q=0.9,sv;q=0.8,en;q=0.7"))).isEqualTo("sv");
        assertThat(PageLocaleResolver.visitorLanguage(request("fr", "en-US"))).isEqualTo("en");
    }

    @Test
    void aFixedLanguageWinsOverCookieAndBrowser() {
        MockHttpServletRequest request = request(null, "en");
        PageLocaleResolver.fix(request, "sv");
        assertThat(PageLocaleResolver.visitorLanguage(request)).isEqualTo("sv");
    }

    @Test
    void otherwiseSpanish() {
        assertThat(PageLocaleResolver.visitorLanguage(request(null, null))).isEqualTo("es");
        assertThat(PageLocaleResolver.visitorLanguage(request(null, "de, fr;q=0.5"))).isEqualTo("es");
        assertThat(PageLocaleResolver.visitorLanguage(request(null, "en;q=0"))).isEqualTo("es");
        assertThat(PageLocaleResolver.visitorLanguage(request(null, ";;;=="))).isEqualTo("es");
    }

    private static MockHttpServletRequest request(String lang, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/nowhere");
        if (lang != null) {
            request.setParameter("lang", lang);
        }
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
