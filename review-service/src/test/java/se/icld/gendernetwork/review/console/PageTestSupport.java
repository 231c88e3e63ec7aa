package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.Browsers;

/** The pages' tests share review's one Spring context; this adds applications with a chosen face. */
abstract class PageTestSupport extends ReviewTestSupport {

    /**
     * Selenium warns on every start that it has no DevTools (CDP) bindings for Debian's newer
     * Chromium; the browser tests do not use CDP. Strong references: JUL keeps loggers weakly.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
    }

    /** The browsers the running test class opened, by the name it gave each. */
    private static final Map<String, ChromeDriver> BROWSERS = new LinkedHashMap<>();

    /** The browser this class calls {@code name}, opened by {@code open} on first use; quit after the class's last test. */
    protected static ChromeDriver browser(String name, Supplier<ChromeDriver> open) {
        return BROWSERS.computeIfAbsent(name, n -> open.get());
    }

    @AfterAll
    static void quitBrowsers() {
        BROWSERS.values().forEach(ChromeDriver::quit);
        BROWSERS.clear();
    }

    /**
     * Registers an application from the golden sample, with this applicant name, municipality and
     * language, submitted {@code age} ago; returns its id.
     */
    protected UUID registerApplication(String fullName, String municipality, String language, Duration age) {
        return registerApplication(fullName, municipality, language, age, "GT", "Sololá");
    }

    /** As above, for a municipality in {@code country} (CO or GT) and its department {@code region}. */
    protected UUID registerApplication(String fullName, String municipality, String language, Duration age,
            String country, String region) {
        UUID id = UUID.randomUUID();
        String body = submissionJson(id)
                .replace("\"country\": \"GT\"", "\"country\": \"" + country + "\"")
                .replace("\"Sololá\"", "\"" + region + "\"")
                .replace("María López", fullName)
                .replace("\"Panajachel\"", "\"" + municipality + "\"")
                .replace("\"preferredLanguage\": \"es\"", "\"preferredLanguage\": \"" + language + "\"");
        InterestSubmitted s = json.readValue(body, InterestSubmitted.class);
        registrations.register(new InterestSubmitted(s.eventId(),
                Instant.now().minus(age).truncatedTo(ChronoUnit.MILLIS), id, s.reference(), s.contentHash(),
                s.applicant(), s.municipality(), s.motivation(), s.focusAreas(), s.workshops(),
                s.partnershipInterest(), s.mentorshipInterest(), s.consent()));
        return id;
    }

    protected static String token(UUID id) {
        return new StatusToken(SECRET).tokenFor(id);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A name nobody else's test uses, so queue filters find exactly one application. */
    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The sentences of the status page's timeline, oldest first. */
    protected static List<String> timeline(WebDriver driver) {
        return driver.findElements(By.cssSelector("#timeline li .what")).stream().map(WebElement::getText).toList();
    }

    /** Clicks something that loads a new page and waits until the old one is gone (no race with the next lookup). */
    protected static void navigate(WebDriver driver, WebElement element) {
        element.click();
        Browsers.awaitGone(driver, element, Duration.ofSeconds(30));
    }

    /** Through the console's own login page, unless this browser is signed in already. */
    protected void signIn(WebDriver driver, String user) {
        driver.get(url("/console"));
        if (driver.getCurrentUrl().endsWith("/console/login")) {
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Iniciar sesión");
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys(user + "-pw");
            navigate(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
        }
        // After sign-in Spring Security returns to the saved request, marked with "?continue".
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches("^" + url("/console") + "(\\?continue)?$"));
    }

    /** The browser this class calls {@code user}, signed in to the console as {@code user}. */
    protected ChromeDriver signedIn(String user) {
        ChromeDriver driver = browser(user, Browsers::chromiumWithoutJavaScript);
        signIn(driver, user);
        return driver;
    }

    /** A screenshot to {@code screenshots.dir} (default {@code target/screenshots}). */
    protected static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
