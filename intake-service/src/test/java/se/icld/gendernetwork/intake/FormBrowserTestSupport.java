package se.icld.gendernetwork.intake;

import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The form's browser tests: each class opens one headless Chromium in its own {@code @BeforeAll}
 * (with or without JavaScript, as it needs) into {@link #browser}, quit here after its last test.
 */
public abstract class FormBrowserTestSupport extends IntakeTestSupport {

    protected static ChromeDriver browser;

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
