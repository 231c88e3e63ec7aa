package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import se.icld.gendernetwork.testsupport.Browsers;

/**
 * The applicant's copy of their data in headless Chromium with JavaScript off: the status page
 * links the download and the readable page, which shows the application as stored, the messages
 * and the history in the applicant's words, in the language chosen (token kept), and no reviewer's
 * name or note.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicantDataBrowserIntegrationTest extends PageTestSupport {

    @Test
    void theStatusPageLinksTheDataWhichReadsInTheApplicantsLanguageAndAnother() {
        String name = unique("Rosa Tuyuc");
        UUID id = registerApplication(name, unique("Antigua Guatemala"), "es", Duration.ofDays(1));
        String note = "Nota interna " + UUID.randomUUID();
        post("/api/v1/review/applications/" + id + "/claim", "alice", null);
        post("/api/v1/review/applications/" + id + "/notes", "alice", "{\"text\":\"" + note + "\"}");
        post("/api/v1/review/applications/" + id + "/info-request", "alice", "{\"message\":\"¿Quién más participará?\"}");
        ChromeDriver browser = browser("applicant", () -> Browsers.chromiumWithoutJavaScript("es-GT,es"));

        browser.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(browser.findElement(By.id("data-h")).getText()).isEqualTo("Sus datos personales");
        assertThat(browser.findElement(By.id("data-download")).getDomAttribute("href"))
                .isEqualTo("/status/" + id + "/data.json?token=" + token(id));
        assertThat(browser.findElement(By.id("data-download")).getText()).isEqualTo("Descargar sus datos (archivo JSON)");

        navigate(browser, browser.findElement(By.id("data-page")));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sus datos personales");
        assertThat(browser.findElement(By.id("data-fullName")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("data-email")).getText()).isEqualTo("maria.lopez@example.org");
        assertThat(browser.findElement(By.id("data-consent")).getText()).isEqualTo("versión 2024-01");
        assertThat(browser.findElement(By.id("data-messages")).getText()).contains("El equipo del programa escribió:",
                "¿Quién más participará?");
        assertThat(browser.findElement(By.id("data-history")).getText()).contains("Solicitud recibida (el sistema)",
                "Revisión en curso (el equipo del programa)");
        assertThat(browser.findElement(By.id("data-download")).getDomAttribute("href")).endsWith("/data.json?token=" + token(id));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(note, "alice", "CLAIMED", "SYSTEM");
        screenshot(browser, "status-data-es");

        navigate(browser, browser.findElement(By.cssSelector("#languages a[lang=en]")));
        assertThat(browser.getCurrentUrl()).contains("/status/" + id + "/data?", "token=" + token(id), "lang=en");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your personal data");
        assertThat(browser.findElement(By.id("data-status")).getText()).isEqualTo("Information requested");
        assertThat(browser.findElement(By.id("data-history")).getText()).contains("Application received (the system)",
                "More information requested (the programme team)");
        assertThat(browser.findElement(By.id("data-emails")).getText()).isEmpty();

        navigate(browser, browser.findElement(By.id("data-back")));
        assertThat(browser.getCurrentUrl()).contains("/status/" + id + "?", "lang=en");
        assertThat(browser.findElement(By.id("data-page")).getText()).isEqualTo("See your data on one page");
    }
}
