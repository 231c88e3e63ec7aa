package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;
import static se.icld.gendernetwork.intake.FormInBrowser.MOTIVATION;
import static se.icld.gendernetwork.intake.FormInBrowser.fillAsMaria;
import static se.icld.gendernetwork.intake.FormInBrowser.submit;
import static se.icld.gendernetwork.intake.FormInBrowser.type;
import static se.icld.gendernetwork.intake.FormInBrowser.value;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.intake.FormInBrowser;
import se.icld.gendernetwork.intake.IntakeTestSupport;
import se.icld.gendernetwork.testsupport.Browsers;
import se.icld.gendernetwork.testsupport.TestTopics;

/** The public form in headless Chromium with JavaScript switched off, as on an old phone in Vaupés. */
class FormBrowserTest extends IntakeTestSupport {

    static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromiumWithoutJavaScript();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void mariaAppliesInSpanishWithoutJavaScriptAndGetsHerReferenceAndStatusLink() {
        try (KafkaConsumer<String, String> consumer = TestTopics.consumer(Topics.SUBMISSIONS)) {
            browser.get("http://localhost:" + port + "/");
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
        browser.get("http://localhost:" + port + "/?lang=en");
        fillAsMaria(browser, "Too short.");
        String key = FormInBrowser.key(browser);

        submit(browser);

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
        assertThat(summary.getText()).contains("Please check the following", "Must be between 50 and 4000 characters.");
        WebElement motivation = browser.findElement(By.id("motivation"));
        assertThat(motivation.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("motivation-error")).isDisplayed()).isTrue();
        assertThat(value(browser, "motivation")).isEqualTo("Too short.");
        assertThat(value(browser, "fullName")).isEqualTo("María López");
        assertThat(value(browser, "country")).isEqualTo("GT");
        assertThat(browser.findElement(By.id("focusArea-GENDER_BASED_VIOLENCE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("consent")).isSelected()).isTrue();
        assertThat(FormInBrowser.key(browser)).isEqualTo(key);

        summary.findElement(By.cssSelector("a[href='#motivation']")).click();
        type(browser, "motivation", MOTIVATION);
        submit(browser);

        assertThat(browser.getTitle()).isEqualTo("Application received");
    }

    @Test
    void goingBackAndSubmittingTheSamePageAgainIsStillOneApplication() {
        browser.get("http://localhost:" + port + "/");
        fillAsMaria(browser, MOTIVATION);
        submit(browser);
        String first = browser.findElement(By.id("status-link")).getDomAttribute("href");

        browser.navigate().back();
        assertThat(value(browser, "fullName")).isEqualTo("María López");
        submit(browser);

        assertThat(browser.getTitle()).isEqualTo("Solicitud recibida");
        assertThat(browser.findElement(By.id("status-link")).getDomAttribute("href")).isEqualTo(first);
    }

    static String submissionId(String statusUrl) {
        Matcher id = Pattern.compile("/status/([0-9a-f-]{36})\\?").matcher(statusUrl);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
