package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;
import static se.icld.gendernetwork.intake.FormInBrowser.MOTIVATION;
import static se.icld.gendernetwork.intake.FormInBrowser.assertStillFilledAsMaria;
import static se.icld.gendernetwork.intake.FormInBrowser.fillAsMaria;
import static se.icld.gendernetwork.intake.FormInBrowser.submit;
import static se.icld.gendernetwork.intake.FormInBrowser.type;
import static se.icld.gendernetwork.intake.FormInBrowser.value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.intake.FormBrowserTestSupport;
import se.icld.gendernetwork.intake.FormInBrowser;
import se.icld.gendernetwork.testsupport.Browsers;
import se.icld.gendernetwork.testsupport.TestTopics;

/** The public form in headless Chromium with JavaScript switched off, as on an old phone in Vaupés. */
class FormBrowserTest extends FormBrowserTestSupport {

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromiumWithoutJavaScript();
    }

    @Test
    void mariaAppliesInSpanishWithoutJavaScriptAndGetsHerReferenceAndStatusLink() {
        try (KafkaConsumer<String, String> consumer = TestTopics.consumer(Topics.SUBMISSIONS)) {
            browser.get("http://localhost:" + port + "/?call=network-2024");
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");

            fillAsMaria(browser, MOTIVATION);
            submit(browser);

            assertThat(browser.getTitle()).isEqualTo("Solicitud recibida");
            assertThat(browser.findElement(By.id("reference")).getText()).matches("GEN-[0-9A-Z]{4}-[0-9A-Z]{4}");
            String statusUrl = browser.findElement(By.id("status-link")).getDomAttribute("href");
            assertThat(statusUrl).startsWith("http://review.test/status/");

            List<ConsumerRecord<String, String>> records = TestTopics.pollKey(consumer, submissionId(statusUrl), 1);
            assertThat(records).hasSize(1);
            assertThat(records.get(0).value()).contains("\"fullName\":\"María López\"", "\"country\":\"GT\"");
        }
    }

    @Test
    void anErrorIsShownAtTheTopAndAtTheFieldWithEverythingTypedKeptThenFixed() {
        browser.get("http://localhost:" + port + "/?call=network-2024&lang=en");
        fillAsMaria(browser, "Too short.");
        String key = FormInBrowser.key(browser);

        submit(browser);

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
        assertThat(summary.getText()).contains("Please check the following", "Must be between 50 and 4000 characters.");
        WebElement motivation = browser.findElement(By.id("motivation"));
        assertThat(motivation.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("motivation-error")).isDisplayed()).isTrue();
        assertStillFilledAsMaria(browser, "Too short.", key);

        summary.findElement(By.cssSelector("a[href='#motivation-field']")).click();
        type(browser, "motivation", MOTIVATION);
        submit(browser);

        assertThat(browser.getTitle()).isEqualTo("Application received");
    }

    @Test
    void goingBackAndSubmittingTheSamePageAgainIsStillOneApplication() {
        browser.get("http://localhost:" + port + "/?call=network-2024");
        fillAsMaria(browser, MOTIVATION);
        submit(browser);
        String first = browser.findElement(By.id("status-link")).getDomAttribute("href");

        browser.navigate().back();
        assertThat(value(browser, "fullName")).isEqualTo("María López");
        submit(browser);

        assertThat(browser.getTitle()).isEqualTo("Solicitud recibida");
        assertThat(browser.findElement(By.id("status-link")).getDomAttribute("href")).isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | Este campo es obligatorio. | Debe tener entre 2 y 120 caracteres.
            en | This field is required.    | Must be between 2 and 120 characters.
            sv | Fältet är obligatoriskt.  | Måste vara mellan 2 och 120 tecken.
            """)
    void afterAFailedSubmitTheFocusIsOnTheSummaryAndEachLinkShowsItsLabelMessageAndField(String lang, String required,
            String length) {
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            browser.get("http://localhost:" + port + "/?call=network-2024&lang=" + lang);
            fillAsMaria(browser, MOTIVATION);
            type(browser, "fullName", "M");
            type(browser, "position", "");
            type(browser, "municipalityName", "");
            type(browser, "region", "");
            submit(browser);

            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("error-summary");
            Map<String, String> expected = Map.of("fullName", length, "position", required, "municipalityName", required,
                    "region", required);
            expected.forEach((field, message) -> assertThat(browser.findElement(By.id(field + "-error")).getText())
                    .as(field).endsWith(" " + message).doesNotContain("null"));

            screenshot("form-errors-360-" + lang);

            List<WebElement> links = browser.findElements(By.cssSelector("#error-summary a"));
            assertThat(links).hasSize(4);
            for (int i = 0; i < links.size(); i++) {
                WebElement link = browser.findElements(By.cssSelector("#error-summary a")).get(i);
                String field = link.getDomAttribute("href").replace("#", "").replace("-field", "");
                assertThat(link.getText()).endsWith(": " + expected.get(field));
                link.click();
                for (String part : List.of("label[for='" + field + "']", "#" + field + "-error", "#" + field)) {
                    assertThat(inView(browser.findElement(By.cssSelector(part)))).as("%s after following its link", part).isTrue();
                }
                browser.executeScript("window.scrollTo(0, 0)"); // back to the top for the next link
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    void switchingLanguageInTheMiddleKeepsEverythingTypedThenTheFormIsSentInThatLanguage() {
        browser.get("http://localhost:" + port + "/?call=network-2024");
        fillAsMaria(browser, "Demasiado corto.");
        String key = FormInBrowser.key(browser);

        pressAndWait(browser.findElement(By.cssSelector("button[name=switchTo][value=en]")));

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("label[for=fullName]")).getText()).isEqualTo("Full name");
        assertStillFilledAsMaria(browser, "Demasiado corto.", key);
        assertThat(browser.findElements(By.id("error-summary"))).isEmpty();

        submit(browser);
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Must be between 50 and 4000 characters.");
        type(browser, "motivation", MOTIVATION);
        submit(browser);

        assertThat(browser.getTitle()).isEqualTo("Application received");
        assertThat(browser.findElement(By.id("receipt-address")).getText()).isEqualTo("maria.lopez@example.org");
        assertThat(browser.findElement(By.id("status-url")).getText())
                .isEqualTo(browser.findElement(By.id("status-link")).getDomAttribute("href"));
    }

    @Test
    void switchingLanguageOnTheErrorPageShowsItsProblemsCheckedAgainInThatLanguageWithTheFocusOnThem() {
        browser.get("http://localhost:" + port + "/?call=network-2024&lang=es");
        fillAsMaria(browser, MOTIVATION);
        type(browser, "fullName", "M");
        type(browser, "position", "");
        String key = FormInBrowser.key(browser);
        submit(browser);
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Debe tener entre 2 y 120 caracteres.");

        pressAndWait(browser.findElement(By.cssSelector("button[name=switchTo][value=sv]")));

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
        assertThat(browser.findElements(By.cssSelector("#error-summary a"))).extracting(WebElement::getText)
                .containsExactly("Fullständigt namn: Måste vara mellan 2 och 120 tecken.", "Befattning: Fältet är obligatoriskt.");
        assertThat(browser.findElement(By.id("fullName-error")).getText()).isEqualTo("Fel: Måste vara mellan 2 och 120 tecken.");
        assertThat(browser.findElement(By.id("position-error")).getText()).isEqualTo("Fel: Fältet är obligatoriskt.");
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("error-summary");
        assertThat(value(browser, "fullName")).isEqualTo("M");
        assertThat(value(browser, "motivation")).isEqualTo(MOTIVATION);
        assertThat(FormInBrowser.key(browser)).isEqualTo(key);

        // Checked anew at each switch: a problem fixed meanwhile is gone.
        type(browser, "fullName", "María López");
        pressAndWait(browser.findElement(By.cssSelector("button[name=switchTo][value=en]")));
        assertThat(browser.findElements(By.cssSelector("#error-summary a"))).extracting(WebElement::getText)
                .containsExactly("Position: This field is required.");
        assertThat(browser.findElements(By.id("fullName-error"))).isEmpty();

        type(browser, "position", "Directora Municipal de la Mujer");
        submit(browser);
        assertThat(browser.getTitle()).isEqualTo("Application received");
    }

    @Test
    void enterInATextFieldSendsTheFormAndDoesNotSwitchTheLanguage() {
        browser.get("http://localhost:" + port + "/?call=network-2024&lang=sv");
        WebElement name = browser.findElement(By.id("fullName"));
        name.sendKeys("Ma", Keys.ENTER);
        Browsers.awaitGone(browser, name, Duration.ofSeconds(20));

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
        assertThat(browser.getTitle()).startsWith("Fel: ");
        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertThat(value(browser, "fullName")).isEqualTo("Ma");
    }

    @Test
    void visitingThePostOnlyAddressLandsOnTheStartPage() {
        browser.get("http://localhost:" + port + "/submit?lang=sv");

        assertThat(browser.getCurrentUrl()).endsWith("/?lang=sv");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
        // several calls are open: the start page lets the applicant choose one
        assertThat(browser.findElement(By.id("apply-network-2024")).isDisplayed()).isTrue();
    }

    private static void pressAndWait(WebElement button) {
        button.click();
        Browsers.awaitGone(browser, button, Duration.ofSeconds(20));
    }

    /** The whole page at the window's width, for a person to look at: target/screenshots/{name}.png. */
    private static void screenshot(String name) {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 6000)));
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /** Whether the element is entirely inside the viewport. */
    static boolean inView(WebElement element) {
        Object inside = browser.executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", element);
        return Boolean.TRUE.equals(inside);
    }

    static String submissionId(String statusUrl) {
        Matcher id = Pattern.compile("/status/([0-9a-f-]{36})\\?").matcher(statusUrl);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
