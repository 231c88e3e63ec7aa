package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import se.icld.gendernetwork.testsupport.Browsers;

/**
 * The pages in headless Chromium: two reviewers in two browsers, and an applicant in a third
 * (with JavaScript off, as the pages must work without it). Screenshots of the queue, the detail
 * and the status page go to {@code screenshots.dir} (default {@code target/screenshots}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIntegrationTest extends PageTestSupport {


    @Test
    void reviewersWorkTheQueueAndOnlyTheClaimHolderDecidesAndTheApplicantSeesIt() {
        String municipality = unique("Santander de Quilichao");
        UUID id = registerApplication(unique("Luz Mery Caicedo"), municipality, "en",
                Duration.ofDays(3).plusHours(4).plusMinutes(10));
        ChromeDriver alice = alice();

        alice.get(url("/console"));
        new Select(alice.findElement(By.id("status"))).selectByValue("RECEIVED");
        new Select(alice.findElement(By.id("country"))).selectByValue("GT");
        alice.findElement(By.id("municipality")).sendKeys(municipality);
        navigate(alice, alice.findElement(By.cssSelector("form.filters button[type=submit]")));

        List<WebElement> rows = alice.findElements(By.cssSelector("table.queue tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).findElement(By.cssSelector("td.age")).getText()).isEqualTo("3 d 4 h");
        assertThat(rows.get(0).findElement(By.cssSelector("td.claim")).getText()).isEqualTo("Sin reservar");
        assertThat(alice.findElement(By.id("summary")).getText()).isEqualTo("1 solicitud, la más antigua primero");
        screenshot(alice, "console-queue");

        navigate(alice, rows.get(0).findElement(By.linkText("GEN-7K3Q-9XDA")));
        assertThat(alice.findElement(By.tagName("h1")).getText()).isEqualTo("Solicitud GEN-7K3Q-9XDA");
        assertThat(alice.findElement(By.id("municipality")).getText()).isEqualTo(municipality);
        // Unclaimed: a claim to take, no decision or question before it.
        assertThat(alice.findElements(By.id("decide"))).isEmpty();
        assertThat(alice.findElements(By.id("info-request"))).isEmpty();
        // bob opens the page too, while nobody holds it: he is offered the claim.
        ChromeDriver bob = bob();
        bob.get(url("/console/applications/" + id));
        assertThat(bob.findElements(By.id("claim-button"))).hasSize(1);
        navigate(alice, alice.findElement(By.id("claim-button")));
        assertThat(alice.findElement(By.id("done")).getText()).isEqualTo("Ha reservado la solicitud.");
        assertThat(alice.findElement(By.id("claim")).getText()).startsWith("Usted tiene esta solicitud reservada hasta");
        assertThat(alice.findElement(By.id("status")).getText()).isEqualTo("En revisión");

        // bob, on the page he opened before alice claimed, claims too late: refused, naming alice.
        navigate(bob, bob.findElement(By.id("claim-button")));
        assertThat(bob.findElement(By.id("problem")).getText())
                .startsWith("alice tiene esta solicitud reservada hasta")
                .endsWith("Mientras tanto, solo esa persona puede cambiarla.");
        assertThat(bob.findElement(By.id("status")).getText()).isEqualTo("En revisión");
        // From now on the page offers him nothing alice's claim rules out.
        assertThat(bob.findElements(By.id("claim-button"))).isEmpty();
        assertThat(bob.findElements(By.id("decide"))).isEmpty();
        assertThat(bob.findElements(By.id("info-request"))).isEmpty();
        bob.get(url("/console?q=" + municipality.replace(' ', '+')));
        assertThat(bob.findElement(By.cssSelector("table.queue tbody tr td.claim")).getText()).startsWith("alice hasta");
        bob.get(url("/console/applications/" + id));
        assertThat(bob.findElement(By.id("claim")).getText()).startsWith("alice tiene esta solicitud reservada hasta");
        assertThat(bob.findElements(By.id("decide"))).isEmpty();

        alice.findElement(By.cssSelector("#decide input[name=outcome][value=ACCEPTED]")).click();
        alice.findElement(By.id("decision-message")).sendKeys("Welcome to the network!");
        navigate(alice, alice.findElement(By.id("decide-button")));
        // The confirmation: the email the applicant will receive, in their language (English).
        assertThat(alice.findElement(By.id("preview-text")).getText()).contains("Welcome to the network!");
        navigate(alice, alice.findElement(By.id("confirm-button")));
        assertThat(alice.findElement(By.id("done")).getText()).startsWith("La decisión quedó registrada");
        assertThat(alice.findElement(By.id("status")).getText()).isEqualTo("Aceptada");
        assertThat(historyActions(alice)).startsWith("Registrada", "Reservada", "Decidida");
        alice.manage().window().setSize(new Dimension(1280, 2000));
        screenshot(alice, "console-detail");
        alice.manage().window().setSize(new Dimension(1280, 1024));

        ChromeDriver applicant = applicant();
        applicant.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(applicant.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(applicant.findElement(By.id("status")).getText()).isEqualTo("Accepted");
        assertThat(applicant.findElement(By.id("explanation")).getText())
                .startsWith("Your municipality has been accepted into the network.");
        assertThat(timeline(applicant)).containsExactly("We received your application.",
                "The programme team started reviewing your application.",
                "The programme team decided: your municipality has been accepted into the network.");
        assertThat(applicant.findElement(By.id("decision-message")).getText()).isEqualTo("Welcome to the network!");
        assertThat(applicant.findElements(By.id("withdraw"))).isEmpty();
        assertThat(applicant.getPageSource()).doesNotContain("alice");
        screenshot(applicant, "status-accepted");

        navigate(bob, bob.findElement(By.cssSelector("form.logout button")));
        assertThat(bob.getCurrentUrl()).endsWith("/console/login?logout");
        assertThat(bob.findElement(By.cssSelector(".alert.ok")).getText()).isEqualTo("Ha cerrado la sesión.");
        bob.get(url("/console"));
        assertThat(bob.getCurrentUrl()).endsWith("/console/login");
    }

    @Test
    void anApplicantWithdrawsAReceivedApplication() {
        UUID id = registerApplication(unique("Carmen Ruiz"), unique("Puerto Nariño"), "es", Duration.ofHours(5));
        ChromeDriver applicant = applicant();

        applicant.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(applicant.findElement(By.id("status")).getText()).isEqualTo("Recibida");
        applicant.findElement(By.id("withdraw-confirm")).click();
        navigate(applicant, applicant.findElement(By.id("withdraw-button")));

        assertThat(applicant.findElement(By.id("done")).getText()).startsWith("Su solicitud fue retirada.");
        assertThat(applicant.findElement(By.id("status")).getText()).isEqualTo("Retirada");
        assertThat(timeline(applicant)).containsExactly("Recibimos su solicitud.", "Usted retiró su solicitud.");
        assertThat(applicant.findElements(By.id("withdraw"))).isEmpty();
        assertThat(applicant.getCurrentUrl()).isEqualTo(url("/status/" + id + "?token=" + token(id)));
    }

    @Test
    void aReviewerAsksForInformationAndTheApplicantAnswersOnTheStatusPage() {
        String question = "Vilka fler i kommunen kommer att delta i workshopparna?";
        UUID id = registerApplication(unique("Sara Lindqvist"), unique("Antigua Guatemala"), "sv", Duration.ofDays(1));
        ChromeDriver alice = alice();

        alice.get(url("/console/applications/" + id));
        navigate(alice, alice.findElement(By.id("claim-button")));
        alice.findElement(By.id("info-message")).sendKeys(question);
        navigate(alice, alice.findElement(By.id("info-button")));
        assertThat(alice.findElement(By.id("status")).getText()).isEqualTo("Información solicitada");

        ChromeDriver applicant = applicant();
        applicant.get(url("/status/" + id + "?token=" + token(id)));
        assertThat(applicant.findElement(By.id("status")).getText()).isEqualTo("Komplettering begärd");
        assertThat(applicant.findElement(By.id("question")).getText()).isEqualTo(question);
        screenshot(applicant, "status-info-requested");
        applicant.findElement(By.id("answer-text")).sendKeys("Jämställdhetssamordnaren och två politiker.");
        navigate(applicant, applicant.findElement(By.id("answer-button")));

        assertThat(applicant.findElement(By.id("done")).getText()).startsWith("Tack.");
        assertThat(applicant.findElement(By.id("status")).getText()).isEqualTo("Granskas");
        assertThat(applicant.findElements(By.id("question"))).isEmpty();
        assertThat(timeline(applicant)).containsExactly("Vi tog emot din ansökan.", "Programteamet började granska din ansökan.",
                "Programteamet bad dig om mer information.", "Du svarade, och granskningen fortsätter.");
        assertThat(applicant.findElements(By.cssSelector("#timeline blockquote")).stream().map(WebElement::getText))
                .containsExactly(question, "Jämställdhetssamordnaren och två politiker.");

        alice.navigate().refresh();
        assertThat(alice.findElement(By.id("status")).getText()).isEqualTo("En revisión");
        assertThat(historyActions(alice)).endsWith("Información solicitada", "Información recibida");
        assertThat(alice.findElement(By.id("history")).getText()).contains("Jämställdhetssamordnaren och två politiker.");
    }

    @Test
    void theDecisionComesAfterTheApplicationsTextWhichKeepsItsLanguageAndTheSkipLinkIsReadable() {
        UUID id = registerApplication(unique("Marta Sánchez"), unique("Pasto"), "es", Duration.ofHours(2));
        ChromeDriver alice = alice();
        alice.get(url("/console/applications/" + id + "?lang=en"));

        // The applicant's Spanish on the English page is marked as Spanish (WCAG 3.1.2).
        assertThat(alice.findElement(By.id("motivation")).getDomAttribute("lang")).isEqualTo("es");
        assertThat(alice.findElement(By.id("position")).getDomAttribute("lang")).isEqualTo("es");
        // The actions (claim, decision) follow the application's text and the reviews: Node.DOCUMENT_POSITION_FOLLOWING.
        Number order = (Number) alice.executeScript("return document.getElementById('motivation')"
                + ".compareDocumentPosition(document.getElementById('actions-h'));");
        assertThat(order.intValue() & 4).as("the actions come after the motivation").isEqualTo(4);
        // The skip link, shown on focus, is not white on white.
        WebElement skip = alice.findElement(By.cssSelector("a.skip"));
        alice.executeScript("arguments[0].focus();", skip);
        assertThat(skip.getCssValue("color")).isNotEqualTo(skip.getCssValue("background-color"));
    }

    @Test
    void aWrongTokenShowsTheNotFoundPage() {
        UUID id = registerApplication();
        ChromeDriver applicant = applicant();

        applicant.get(url("/status/" + id + "?token=" + token(UUID.randomUUID())));

        assertThat(applicant.findElement(By.tagName("h1")).getText()).isEqualTo("No encontrado");
        assertThat(applicant.getPageSource()).doesNotContain("GEN-7K3Q-9XDA");
    }

    private ChromeDriver alice() {
        ChromeDriver alice = browser("alice", Browsers::chromium);
        signIn(alice, "alice");
        return alice;
    }

    private ChromeDriver bob() {
        ChromeDriver bob = browser("bob", Browsers::chromiumWithoutJavaScript);
        signIn(bob, "bob");
        return bob;
    }

    /** A Spanish-speaking applicant's browser: its Accept-Language decides the language of the error pages. */
    private ChromeDriver applicant() {
        return browser("applicant", () -> Browsers.chromiumWithoutJavaScript("es-CO,es"));
    }

    private static List<String> historyActions(WebDriver driver) {
        return driver.findElements(By.cssSelector("#history tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .filter(a -> !a.startsWith("Correo"))
                .toList();
    }
}
