package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;
import static se.icld.gendernetwork.intake.FormInBrowser.submit;
import static se.icld.gendernetwork.intake.FormInBrowser.type;
import static se.icld.gendernetwork.intake.FormInBrowser.typeMariaAndPanajachel;
import static se.icld.gendernetwork.intake.FormInBrowser.value;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.intake.FormBrowserTestSupport;
import se.icld.gendernetwork.testsupport.Browsers;
import se.icld.gendernetwork.testsupport.TestTopics;

/**
 * The partnership programme's form in headless Chromium without JavaScript, as a municipality accepted
 * into the network opens it from the acceptance email's link: the reference is there, the explicit
 * choices (Swedish municipality or none, mentoring yes or no) are asked, the problems named in both
 * languages with everything kept, and the application sent with its answers.
 */
class PartnershipFormBrowserTest extends FormBrowserTestSupport {

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromiumWithoutJavaScript();
    }

    @Test
    void theStartPageLeadsToThePartnershipForm() {
        browser.get("http://localhost:" + port + "/?lang=en");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Open calls");
        pressAndWait(browser.findElement(By.id("apply-partnership-2025")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Municipal partnership programme: application");
        assertThat(browser.findElements(By.id("workshopLocal"))).as("no workshops asked").isEmpty();
        assertThat(value(browser, "networkReference")).isEmpty();
    }

    @Test
    void aMunicipalityFromTheAcceptanceEmailAppliesWithItsReferencePrefilled() {
        try (KafkaConsumer<String, String> consumer = TestTopics.consumer(Topics.SUBMISSIONS)) {
            browser.get("http://localhost:" + port + "/?call=partnership-2025&reference=GEN-7K3Q-9XDA&lang=en");
            assertThat(value(browser, "networkReference")).isEqualTo("GEN-7K3Q-9XDA");
            assertThat(browser.findElement(By.cssSelector("label[for=networkReference]")).getText())
                    .isEqualTo("Reference of the application accepted into the network");

            typeMariaAndPanajachel(browser, "María López Browser", null);
            type(browser, "motivation", "Queremos trabajar con un municipio sueco en presupuestos con enfoque de género.");
            browser.findElement(By.id("focusArea-ECONOMIC_EMPOWERMENT")).click();
            browser.findElement(By.id("consent")).click();
            submit(browser);

            // Neither choice made: both named, at the top and at their groups; the reference kept.
            assertThat(browser.getTitle()).startsWith("Error: ");
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("error-summary");
            assertThat(texts("#error-summary a")).containsExactly("Swedish municipality: This field is required.",
                    "Mentorship: This field is required.");
            assertThat(browser.findElement(By.id("swedishChoice-error")).getText()).isEqualTo("Error: This field is required.");
            assertThat(browser.findElement(By.id("mentoring-field")).getDomAttribute("aria-describedby"))
                    .isEqualTo("mentoring-hint mentoring-error");
            assertThat(value(browser, "networkReference")).isEqualTo("GEN-7K3Q-9XDA");

            // In Spanish, with the form's own language control: the same problems, nothing lost.
            pressAndWait(browser.findElement(By.cssSelector("button[name=switchTo][value=es]")));
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
            assertThat(texts("#error-summary a")).containsExactly("Municipio sueco: Este campo es obligatorio.",
                    "Mentoría: Este campo es obligatorio.");
            assertThat(value(browser, "networkReference")).isEqualTo("GEN-7K3Q-9XDA");
            assertThat(value(browser, "fullName")).isEqualTo("María López Browser");
            assertThat(browser.findElement(By.id("focusArea-ECONOMIC_EMPOWERMENT")).isSelected()).isTrue();

            browser.findElement(By.id("swedishChoice-named")).click();
            type(browser, "swedishMunicipality", "Uppsala");
            browser.findElement(By.id("mentoring-yes")).click();
            submit(browser);

            assertThat(browser.getTitle()).isEqualTo("Solicitud recibida");
            String reference = browser.findElement(By.id("reference")).getText();
            assertThat(reference).matches("GEN-[0-9A-Z]{4}-[0-9A-Z]{4}").isNotEqualTo("GEN-7K3Q-9XDA");
            String statusUrl = browser.findElement(By.id("status-link")).getDomAttribute("href");
            List<ConsumerRecord<String, String>> records = TestTopics.pollKey(consumer,
                    FormBrowserTest.submissionId(statusUrl), 1);
            assertThat(records).singleElement().satisfies(r -> assertThat(r.value()).contains(
                    "\"callId\":\"partnership-2025\"", "\"networkReference\":\"GEN-7K3Q-9XDA\"",
                    "\"swedishMunicipality\":\"Uppsala\"", "\"mentorshipInterest\":true",
                    "\"workshops\":{\"local\":false,\"sweden\":false}"));
        }
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void pressAndWait(WebElement element) {
        element.click();
        Browsers.awaitGone(browser, element, Duration.ofSeconds(20));
    }
}
