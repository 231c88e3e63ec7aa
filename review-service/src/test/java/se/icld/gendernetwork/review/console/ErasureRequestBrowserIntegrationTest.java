package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.testsupport.Browsers;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

/**
 * The applicant erases their own data from the status page, in headless Chromium with JavaScript
 * off: the button sends a link to the application's address (the published event) and erases
 * nothing; the link's page shows a button (a mail scanner opening it erases nothing); pressing it
 * erases, and afterwards the status link and the link itself are gone and the console shows the
 * skeleton. An expired link erases nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureRequestBrowserIntegrationTest extends PageTestSupport {

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theApplicantAsksConfirmsFromTheirAddressAndTheDataIsGone() {
        String name = unique("Lucía Erazo");
        UUID id = registerApplication(name, unique("Quetzaltenango"), "es", Duration.ofHours(3));
        ChromeDriver browser = applicant();
        JsonNode event = askForErasure(browser, id);
        assertThat(browser.findElement(By.id("done")).getText()).startsWith("Le enviamos un enlace a su dirección de correo.");
        assertThat(body(get("/api/v1/review/applications/" + id, "alice")).get("applicant").get("fullName").asString())
                .as("nothing erased before the confirmation").isEqualTo(name);
        assertThat(event.get("recipient").get("email").asString()).as("to the application's address")
                .isEqualTo("maria.lopez@example.org");
        String link = link(event);

        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Borrar sus datos");
        assertThat(browser.findElement(By.id("erase-text")).getText()).contains("No se puede deshacer");
        navigate(browser, browser.findElement(By.id("confirm-button")));

        assertThat(browser.findElement(By.id("erased")).getText()).startsWith("Sus datos personales de la solicitud");
        JsonNode detail = body(get("/api/v1/review/applications/" + id, "alice"));
        assertThat(detail.toString()).doesNotContain(name, "maria.lopez@example.org");
        assertThat(detail.get("erasure").get("onRequestOf").asString()).isEqualTo("APPLICANT");
        assertThat(detail.get("erasure").get("by").asString()).isEqualTo("applicant");
        // The status link and the confirmation link are gone.
        browser.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No encontrado");
        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No encontrado");
    }

    @Test
    void anExpiredLinkErasesNothing() {
        String name = unique("Rigoberta Chic");
        UUID id = registerApplication(name, unique("Sololá"), "es", Duration.ofHours(1));
        ChromeDriver browser = applicant();
        String link = link(askForErasure(browser, id));

        clock.advance(Duration.ofHours(49));
        browser.get(link);

        assertThat(browser.findElement(By.id("expired")).getText()).startsWith("Este enlace ya no es válido: no se borró nada.");
        assertThat(browser.findElements(By.id("confirm-button"))).isEmpty();
        assertThat(body(get("/api/v1/review/applications/" + id, "alice")).get("applicant").get("fullName").asString())
                .isEqualTo(name);
    }

    /** Presses the status page's erasure button; returns the published request. */
    private JsonNode askForErasure(ChromeDriver browser, UUID id) {
        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            browser.get(url("/status/" + id + "?token=" + token(id)));
            navigate(browser, browser.findElement(By.id("erase-button")));
            return TestTopics.poll(events, r -> r.key().equals(id.toString()) && r.value().contains("ErasureRequested"),
                    1, Duration.ofSeconds(30)).stream().map(ConsumerRecord::value).map(json::readTree).findFirst().orElseThrow();
        }
    }

    /** The request's confirmation link, on this test's port. */
    private String link(JsonNode request) {
        return request.get("confirmationUrl").asString().replace("http://localhost:8082", url(""));
    }

    private ChromeDriver applicant() {
        return browser("applicant", () -> Browsers.chromiumWithoutJavaScript("es-CO,es"));
    }
}
