package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** Which failures get a page, and in which language; the pages themselves: {@code FormPagesIntegrationTest}. */
class PageErrorsTest {

    private final PageErrors errors = new PageErrors();

    @Test
    void anUnexpectedFailureOfAPageIsA500PageInTheVisitorsLanguage() {
        MockHttpServletRequest request = request("/submit", "text/html,*/*;q=0.8");
        request.addHeader("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView page = errors.resolveException(request, response, null, new IllegalStateException("maria@example.org"));

        assertThat(page).isNotNull();
        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(page.getModel()).containsEntry("status", 500).containsEntry("lang", "sv").containsEntry("path", "/submit");
    }

    @Test
    void theApiAndClientsThatDoNotAskForHtmlKeepTheirProblems() {
        assertThat(errors.resolveException(request("/api/v1/submissions", "text/html"), new MockHttpServletResponse(), null,
                new IllegalStateException())).isNull();
        assertThat(errors.resolveException(request("/", "application/json"), new MockHttpServletResponse(), null,
                new IllegalStateException())).isNull();
        assertThat(errors.resolveException(request("/", "*/*"), new MockHttpServletResponse(), null,
                new IllegalStateException())).isNull();
        assertThat(errors.resolveException(request("/", "text/html;q=0, application/json"), new MockHttpServletResponse(),
                null, new IllegalStateException())).isNull();
    }

    @Test
    void onlyAPlainPathIsLinkedAgain() {
        ModelAndView page = errors.resolveException(request("//evil.example/x", "text/html"), new MockHttpServletResponse(),
                null, new IllegalStateException());

        assertThat(page.getModel()).containsEntry("path", "/").containsEntry("lang", "es");
    }

    private static MockHttpServletRequest request(String uri, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.addHeader("Accept", accept);
        return request;
    }
}
