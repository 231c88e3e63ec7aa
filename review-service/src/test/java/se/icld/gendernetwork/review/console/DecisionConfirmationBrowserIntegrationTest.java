package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.GracePeriodExtension;
import se.icld.gendernetwork.support.mail.MailModel;
import se.icld.gendernetwork.support.mail.MailTemplates;

/**
 * Decisions in the console with a 10-minute grace period, in headless Chromium with JavaScript off: the
 * decide button leads to a confirmation with the panel's aggregate and the email the applicant will
 * receive, in their language (Swedish, the console in Spanish), exactly as notification renders it;
 * confirmed, the decision can be taken back until its email would go, and taken back no decision
 * event is left to send. A bulk decision shows which applications it decides and which it skips and
 * why, and how many emails go out per language, then decides them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionConfirmationBrowserIntegrationTest extends PageTestSupport {

    private static final Duration GRACE = Duration.ofMinutes(10);

    @RegisterExtension
    static final GracePeriodExtension GRACE_PERIOD = new GracePeriodExtension(GRACE);

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Calls calls;

    @AfterEach
    void letTheHeldDecisionsGo() {
        // Let the held decisions go (the relay publishes them once the clock is past their grace), so
        // no other test finds them waiting; the extension then sets real time and no grace again.
        clock.advance(GRACE.plusMinutes(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection("applications")
                .countDocuments(new Document("outboxDueAt", new Document("$exists", true))) == 0);
    }

    @Test
    void decideWithTheEmailInViewThenTakeItBack() {
        String name = unique("Åsa Lind");
        String municipality = unique("Sololá");
        UUID id = registerApplication(name, municipality, "sv", Duration.ofDays(3));
        ChromeDriver alice = signedIn("alice");
        alice.get(url("/console/applications/" + id));
        navigate(alice, alice.findElement(By.id("claim-button")));
        alice.findElement(By.cssSelector("#decide input[name=outcome][value=WAITLISTED]")).click();
        alice.findElement(By.id("decision-message")).sendKeys("Vi hör av oss <snart>.");
        navigate(alice, alice.findElement(By.id("decide-button")));

        assertThat(alice.findElement(By.tagName("h1")).getText()).startsWith("Confirmar la decisión sobre GEN-");
        assertThat(alice.findElement(By.id("confirm-outcome")).getText()).isEqualTo("Decisión: En lista de espera");
        assertThat(alice.findElement(By.id("email-preview-h")).getText())
                .isEqualTo("El correo que recibirá la persona solicitante, en Svenska");
        String reference = alice.findElement(By.tagName("h1")).getText().replace("Confirmar la decisión sobre ", "");
        MailTemplates.Rendered sent = new MailTemplates().render("decision-waitlisted", "sv", MailModel.of(name, reference,
                municipality, "Sololá", "GT", "Vi hör av oss <snart>.",
                "http://localhost:8082/status/" + id + "?token=" + DecisionEmails.HIDDEN_TOKEN, null)
                .withCall(calls.find(Calls.DEFAULT_CALL).orElseThrow().titleIn("sv")));
        assertThat(alice.findElement(By.id("preview-subject")).getText()).isEqualTo("Asunto: " + sent.subject());
        assertThat(normalized(alice.findElement(By.id("preview-text")).getText())).isEqualTo(normalized(sent.text()))
                .contains("Utlysning: Nätverket för jämställdhet"); // the application's call, as notification names it
        assertThat(alice.findElement(By.id("preview-text")).getDomAttribute("lang")).isEqualTo("sv");
        assertThat(alice.findElement(By.id("confirm-grace")).getText()).startsWith("El correo sale 10 minutos después");
        screenshot(alice, "console-decision-confirm");

        // Back to change it: the form as it was sent; on again to the confirmation.
        navigate(alice, alice.findElement(By.id("back-button")));
        assertThat(alice.findElement(By.id("decision-message")).getDomProperty("value")).isEqualTo("Vi hör av oss <snart>.");
        assertThat(alice.findElement(By.cssSelector("#decide input[name=outcome][value=WAITLISTED]")).isSelected()).isTrue();
        assertThat(alice.findElement(By.id("status")).getText()).isEqualTo("En revisión");
        navigate(alice, alice.findElement(By.id("decide-button")));

        navigate(alice, alice.findElement(By.id("confirm-button")));
        assertThat(alice.findElement(By.id("status")).getText()).isEqualTo("En lista de espera");
        WebElement takeBack = alice.findElement(By.id("take-back-button"));
        assertThat(takeBack.getText()).startsWith("Retirar la decisión (hasta las ");
        assertThat(decisionEvents(id)).hasSize(1);

        navigate(alice, takeBack);
        assertThat(alice.findElement(By.id("done")).getText()).startsWith("La decisión se retiró y no se envió ningún correo.");
        assertThat(alice.findElement(By.id("status")).getText()).isEqualTo("En revisión");
        assertThat(alice.findElement(By.id("claim")).getText()).startsWith("Usted tiene esta solicitud reservada hasta");
        assertThat(alice.findElements(By.id("take-back-button"))).isEmpty();
        assertThat(alice.findElements(By.cssSelector("#history tbody tr td:nth-child(2)")).stream().map(WebElement::getText))
                .contains("Decisión retirada antes de enviar el correo");
        assertThat(decisionEvents(id)).as("no decision event is left to send").isEmpty();
    }

    @Test
    void aBulkDecisionConfirmsWhatItDecidesAndHowManyEmailsGoOut() {
        UUID spanish = registerApplication(unique("Ana Pérez"), unique("Leticia"), "es", Duration.ofDays(5));
        UUID english = registerApplication(unique("Ann Lee"), unique("Puerto Nariño"), "en", Duration.ofDays(4));
        UUID claimed = registerApplication(unique("Eva Gil"), unique("Atitlán"), "es", Duration.ofDays(3));
        assertThat(post("/api/v1/review/applications/" + claimed + "/claim", "bob", null).statusCode()).isEqualTo(200);
        UUID unknown = UUID.randomUUID();

        ChromeDriver alice = signedIn("alice");
        alice.get(url("/console/decisions/bulk?id=" + spanish + "&id=" + english + "&id=" + claimed + "&id=" + unknown
                + "&outcome=WAITLISTED"));
        assertThat(alice.findElement(By.tagName("h1")).getText()).isEqualTo("Decisión en bloque: En lista de espera");
        assertThat(what(alice, "#bulk-rows", spanish)).isEqualTo("Se decide");
        assertThat(what(alice, "#bulk-rows", english)).isEqualTo("Se decide");
        assertThat(what(alice, "#bulk-rows", claimed)).startsWith("Se omite: bob la tiene reservada hasta");
        assertThat(what(alice, "#bulk-rows", unknown)).isEqualTo("Se omite: no existe esa solicitud");
        assertThat(alice.findElement(By.id("bulk-emails")).getText())
                .isEqualTo("Saldrán 2 correos, uno por solicitud decidida, en el idioma de cada persona:");
        assertThat(alice.findElements(By.cssSelector("#bulk-languages li")).stream().map(WebElement::getText))
                .containsExactly("Español: 1", "English: 1");
        screenshot(alice, "console-bulk-confirm");

        navigate(alice, alice.findElement(By.id("bulk-button")));
        assertThat(alice.findElement(By.id("bulk-summary")).getText()).isEqualTo("Decididas: 2. Omitidas: 2.");
        assertThat(what(alice, "#bulk-results", spanish)).isEqualTo("Decidida");
        assertThat(what(alice, "#bulk-results", claimed)).startsWith("Se omite: bob");
        for (UUID decided : List.of(spanish, english)) {
            assertThat(body(get("/api/v1/review/applications/" + decided, "alice")).get("status").asString())
                    .isEqualTo("WAITLISTED");
        }
        assertThat(body(get("/api/v1/review/applications/" + claimed, "alice")).get("status").asString()).isEqualTo("IN_REVIEW");
    }

    private static String what(ChromeDriver driver, String table, UUID id) {
        return driver.findElement(By.cssSelector(table + " tr[data-id='" + id + "'] td.what")).getText();
    }

    /** The application's DecisionMade events still waiting in its outbox. */
    private List<Document> decisionEvents(UUID id) {
        return mongo.getCollection("applications").find(new Document("_id", id.toString())).first()
                .getList("outbox", Document.class).stream().filter(e -> "DecisionMade".equals(e.getString("type"))).toList();
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
