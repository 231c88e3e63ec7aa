package se.icld.gendernetwork.review.web.pages;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that always fails, in the tests' context only (imported by {@code ReviewTestSupport}; as a
 * test component it is never picked up by scanning), so the 500 page can be seen. Under
 * {@code /status/}, which is open like the applicant's page.
 */
@TestComponent
@Controller
public class FailingPageForTests {

    public static final String PATH = "/status/failing-page-for-tests";
    /** The failure's message, which must never reach the page. */
    public static final String SECRET = "failure-detail-never-shown";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
