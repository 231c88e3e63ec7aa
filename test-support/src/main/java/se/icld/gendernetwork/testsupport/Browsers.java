package se.icld.gendernetwork.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages ({@code apt-get install -y chromium chromium-driver}),
 * driven by Selenium. Nothing is downloaded: where the browser is not installed the calling test is
 * skipped with that reason ({@code .ci/run} installs it, so CI always runs the browser tests).
 */
public final class Browsers {

    private static final Path CHROMIUM = Path.of(System.getProperty("test.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("test.chromedriver", "/usr/bin/chromedriver"));

    private Browsers() {
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /** A fresh headless browser with its own profile; the caller quits it. Skips the test without Chromium. */
    public static ChromeDriver chromium() {
        return chromium(true);
    }

    /** As {@link #chromium()}, with JavaScript switched off (for pages that must work without it). */
    public static ChromeDriver chromiumWithoutJavaScript() {
        return chromium(false, null);
    }

    /**
     * As {@link #chromiumWithoutJavaScript()}, with the browser's languages set, so its
     * {@code Accept-Language} is {@code languages} (e.g. {@code "sv-SE,sv"}) whatever the machine's.
     */
    public static ChromeDriver chromiumWithoutJavaScript(String languages) {
        return chromium(false, languages);
    }

    private static ChromeDriver chromium(boolean javascript) {
        return chromium(javascript, null);
    }

    private static ChromeDriver chromium(boolean javascript, String languages) {
        Assumptions.assumeTrue(available(),
                "headless Chromium is not installed (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--lang=es");
        java.util.Map<String, Object> prefs = new java.util.HashMap<>();
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        if (languages != null) {
            prefs.put("intl.accept_languages", languages);
        }
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Waits until {@code element}'s page has been replaced (after a click that loads a new page), so
     * the next lookup finds the new page. Selenium's {@code stalenessOf} expects a
     * {@link StaleElementReferenceException}; Chromium sometimes answers the same situation with
     * "Node with given id does not belong to the document" instead, which counts as gone too.
     */
    public static void awaitGone(WebDriver driver, WebElement element, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }
}
