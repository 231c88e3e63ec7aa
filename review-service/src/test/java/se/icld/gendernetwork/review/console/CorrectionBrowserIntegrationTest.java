package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.testsupport.Browsers;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

/**
 * The applicant corrects their application from the status page in headless Chromium with
 * JavaScript off: the corrected values on the status page and in the console (history naming the
 * fields), inline errors in the form's words, the refusal once a reviewer claimed it, and a new
 * email address (never shown on the status page) that is used only once the link announced to it
 * (the published event) is opened and its button pressed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionBrowserIntegrationTest extends PageTestSupport {

    private static final String MOTIVATION = "We want to learn from Swedish municipalities how to budget with a gender perspective.";

    @Test
    void theApplicantCorrectsPositionAndMotivationAndTheReviewerSeesWhatChanged() {
        UUID id = registerApplication(unique("Ana Sic"), unique("Panajachel"), "en", Duration.ofHours(2));
        ChromeDriver browser = applicant();
        browser.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(browser.findElement(By.id("details-position")).getText()).isEqualTo("Directora Municipal de la Mujer");

        browser.findElement(By.id("correct-h")).click();
        replace(browser.findElement(By.id("correction-motivation")), "Too short.");
        navigate(browser, browser.findElement(By.id("correction-button")));
        assertThat(browser.findElement(By.id("error-motivation")).getText()).isEqualTo("Must be between 50 and 4000 characters.");
        assertThat(browser.findElement(By.id("correction-motivation")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("details-motivation")).getText()).doesNotContain("Too short.");

        replace(browser.findElement(By.id("correction-position")), "Alcaldesa");
        replace(browser.findElement(By.id("correction-motivation")), MOTIVATION);
        navigate(browser, browser.findElement(By.id("correction-button")));

        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("We saved your corrections.");
        assertThat(browser.findElement(By.id("details-position")).getText()).isEqualTo("Alcaldesa");
        assertThat(browser.findElement(By.id("details-motivation")).getText()).isEqualTo(MOTIVATION);
        assertThat(timeline(browser)).containsExactly("We received your application.", "You corrected your application.");
        screenshot(browser, "status-corrected");

        ChromeDriver console = signedIn("bob");
        console.get(url("/console/applications/" + id + "?lang=en"));
        assertThat(console.findElement(By.id("position")).getText()).isEqualTo("Alcaldesa");
        assertThat(console.findElement(By.id("motivation")).getText()).isEqualTo(MOTIVATION);
        assertThat(historyDetail(console, "Corrected by the applicant")).isEqualTo("Changed: Position, Motivation");
        screenshot(console, "console-corrected");

        // A reviewer claims it while the page is open: the next correction is refused, in the page's language.
        post("/api/v1/review/applications/" + id + "/claim", "alice", null);
        browser.findElement(By.id("correct-h")).click();
        replace(browser.findElement(By.id("correction-position")), "Concejala");
        navigate(browser, browser.findElement(By.id("correction-button")));
        assertThat(browser.findElement(By.id("problem")).getText())
                .isEqualTo("The application can no longer be corrected: the programme team has started reviewing it.");
        assertThat(browser.findElements(By.id("correction"))).isEmpty();
        assertThat(browser.findElement(By.id("details-position")).getText()).isEqualTo("Alcaldesa");
    }

    @Test
    void aNewEmailAddressIsUsedOnlyOnceItsLinkIsConfirmed() {
        UUID id = registerApplication(unique("Rosa Tuyuc"), unique("Antigua Guatemala"), "en", Duration.ofHours(1));
        String address = "rosa." + UUID.randomUUID().toString().substring(0, 8) + "@antigua.gob.gt";
        ChromeDriver browser = applicant();
        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            browser.get(url("/status/" + id + "?token=" + token(id)));
            browser.findElement(By.id("correct-h")).click();
            replace(browser.findElement(By.id("correction-email")), address);
            navigate(browser, browser.findElement(By.id("correction-button")));

            assertThat(browser.findElement(By.id("done")).getText()).startsWith("We saved your corrections. We sent a link");
            // The page never shows an address (a status link may be forwarded), only that one waits.
            assertThat(browser.findElement(By.id("pending-email")).getText()).startsWith("We sent a link to the new email address");
            assertThat(browser.getPageSource()).doesNotContain(address, "maria.lopez@example.org");
            assertThat(browser.findElement(By.id("correction-email")).getDomProperty("value")).isEmpty();
            ChromeDriver console = signedIn("bob");
            console.get(url("/console/applications/" + id + "?lang=en"));
            assertThat(console.findElement(By.id("email")).getText()).isEqualTo("maria.lopez@example.org");
            assertThat(console.findElement(By.id("pending-email")).getText()).isEqualTo(address);
            assertThat(historyDetail(console, "Corrected by the applicant"))
                    .isEqualTo("Changed: Email (new address requested; used once confirmed)");

            JsonNode event = TestTopics.poll(events, r -> r.key().equals(id.toString()) && r.value().contains("EmailChangeRequested"),
                    1, Duration.ofSeconds(30)).stream().map(ConsumerRecord::value).map(json::readTree).findFirst().orElseThrow();
            assertThat(event.get("recipient").get("email").asString()).isEqualTo(address);
            String link = event.get("confirmationUrl").asString().replace("http://localhost:8082", url(""));

            browser.get(link);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Confirm your new email address");
            assertThat(browser.findElement(By.id("confirm-text")).getText()).contains(address);
            navigate(browser, browser.findElement(By.id("confirm-button")));

            assertThat(browser.getCurrentUrl()).contains("/status/" + id + "?token=" + token(id));
            assertThat(browser.findElement(By.id("done")).getText()).startsWith("You confirmed your new email address.");
            assertThat(browser.findElements(By.id("pending-email"))).isEmpty();
            console.navigate().refresh();
            assertThat(console.findElement(By.id("email")).getText()).isEqualTo(address);
            assertThat(console.findElements(By.id("pending-email"))).isEmpty();
            assertThat(historyDetail(console, "New email address confirmed")).isEmpty();
            assertThat(timeline(browser)).last().isEqualTo("You confirmed your new email address.");

            // The link works once.
            browser.get(link);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");

            // Later emails go to the new address: the withdrawal's event names it.
            post("/api/v1/applications/" + id + "/withdrawal?token=" + token(id), null, null);
            JsonNode withdrawn = TestTopics.poll(events, r -> r.key().equals(id.toString()) && r.value().contains("ApplicationWithdrawn"),
                    1, Duration.ofSeconds(30)).stream().map(ConsumerRecord::value).map(json::readTree).findFirst().orElseThrow();
            assertThat(withdrawn.get("recipient").get("email").asString()).isEqualTo(address);
        }
    }

    @Test
    void anExpiredLinkChangesNothingAndSaysSo() {
        UUID id = registerApplication(unique("Luz Mery Caicedo"), unique("Florida"), "es", Duration.ofHours(1), "CO", "Valle del Cauca");
        String address = "luz." + UUID.randomUUID().toString().substring(0, 8) + "@florida.gov.co";
        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            post("/api/v1/applications/" + id + "/correction?token=" + token(id), null, "{\"email\": \"" + address + "\"}");
            String link = TestTopics.poll(events, r -> r.key().equals(id.toString()) && r.value().contains("EmailChangeRequested"),
                    1, Duration.ofSeconds(30)).stream().map(ConsumerRecord::value).map(json::readTree).findFirst().orElseThrow()
                    .get("confirmationUrl").asString().replace("http://localhost:8082", url(""));
            clock.advance(Duration.ofHours(48).plusMinutes(1));
            ChromeDriver browser = applicant();

            browser.get(link);

            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
            assertThat(browser.findElement(By.id("expired")).getText()).startsWith("Este enlace venció. Su dirección no cambió");
            assertThat(browser.findElements(By.id("confirm-button"))).isEmpty();
            assertThat(body(get("/api/v1/review/applications/" + id, "alice")).get("applicant").get("email").asString())
                    .isEqualTo("maria.lopez@example.org");
        } finally {
            clock.reset();
        }
    }

    private static void replace(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** An English-speaking applicant's browser, JavaScript off. */
    private ChromeDriver applicant() {
        return browser("applicant", () -> Browsers.chromiumWithoutJavaScript("en-GB,en"));
    }

    /** The detail column of the console history's one row whose text contains {@code action}. */
    private static String historyDetail(ChromeDriver console, String action) {
        List<WebElement> rows = console.findElements(By.cssSelector("#history tbody tr")).stream()
                .filter(tr -> tr.getText().contains(action)).toList();
        assertThat(rows).as(action).hasSize(1);
        return rows.get(0).findElement(By.cssSelector("td:nth-child(5)")).getText();
    }
}
