package se.icld.gendernetwork.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.testsupport.Browsers;
import se.icld.gendernetwork.testsupport.TestServers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton, end to end: the three packaged services as their own processes on a real
 * Kafka broker, a MongoDB wire server and an SMTP server. HTTP submit → Kafka → MongoDB → receipt
 * email; reviewer claim and decision over HTTP → Kafka → decision email; delivery reports back in
 * the application's history; and the applicant's whole walk through the pages in a browser.
 *
 * <p>The tests run in a fixed order: the replay test restarts review-service on a new port, after
 * which the status links intake hands out (built from review's first address) no longer lead anywhere;
 * the grace-period test, last, restarts it once more with a 15-second grace period.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeChainSystemTest {

    private static final String SECRET = "system-test-status-secret-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    /** The applicant's personal data, distinctive enough that a log line quoting it is found. */
    private static final String FULL_NAME = "Ana Tikuna Wayuu";
    private static final String POSITION = "Concejala de la Mujer";
    private static final String MOTIVATION = "Queremos prevenir la violencia basada en género y aprender de otros municipios de la red.";
    private static ServiceProcess intake;
    private static ServiceProcess review;
    private static ServiceProcess notification;
    private static String[] reviewArguments;
    private static final AtomicInteger SCREENSHOTS = new AtomicInteger();

    @BeforeAll
    static void startTheSystem() throws Exception {
        String kafka = "--spring.kafka.bootstrap-servers=" + TestServers.kafkaBootstrapServers();
        String secret = "--network.status.secret=" + SECRET;
        int smtp = TestServers.smtpPort();
        reviewArguments = new String[] {kafka, secret,
                "--spring.mongodb.uri=" + TestServers.mongoUri("review"),
                "--review.security.users[0].username=reviewer",
                "--review.security.users[0].password-hash={noop}reviewer-pw",
                "--review.security.users[0].roles=REVIEWER",
                // Decision emails at once, as the chain's checks expect (the grace period has tests of its own).
                "--review.decision.grace-period=0s"};
        review = start("review-service", reviewArguments);
        String statusBase = "--network.status.base-url=" + review.url("");
        intake = start("intake-service", kafka, secret, statusBase);
        notification = start("notification-service", kafka, secret, statusBase,
                "--spring.mongodb.uri=" + TestServers.mongoUri("notification"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> SERVICES.stream().allMatch(ServiceProcess::ready));
    }

    private static ServiceProcess start(String name, String... arguments) throws Exception {
        // The services' own loggers at TRACE, so the personal-data check below covers every level.
        List<String> withTrace = new ArrayList<>(List.of(arguments));
        withTrace.add("--logging.level.se.icld.gendernetwork=TRACE");
        ServiceProcess process = ServiceProcess.start(name, withTrace);
        SERVICES.add(process);
        return process;
    }

    @AfterAll
    static void stopTheSystem() {
        for (ServiceProcess service : SERVICES) {
            service.close();
        }
    }

    @Test
    @Order(2)
    void submissionReceiptDecisionAndDecisionEmail() throws Exception {
        String email = "alcaldia-" + UUID.randomUUID() + "@example.org";
        String traceId = UUID.randomUUID().toString().replace("-", "");

        HttpResponse<String> submitted = send(HttpRequest.newBuilder(URI.create(intake.url("/api/v1/submissions")))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "system-test-" + UUID.randomUUID())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString(submission(email))));

        assertThat(submitted.statusCode()).isEqualTo(202);
        JsonNode receipt = JSON.readTree(submitted.body());
        String id = receipt.get("submissionId").asString();
        String reference = receipt.get("reference").asString();

        MimeMessage receiptMail = awaitMail(email, 1).get(0);
        assertThat(receiptMail.getSubject()).isEqualTo("Hemos recibido su expresión de interés (" + reference + ")");
        assertThat(text(receiptMail)).contains("Puerto Nariño", reference, receipt.get("statusUrl").asString());

        try (MongoClient mongo = MongoClients.create(TestServers.mongoUri())) {
            Document stored = mongo.getDatabase("review").getCollection("applications")
                    .find(new Document("_id", id)).first();
            assertThat(stored).isNotNull();
            assertThat(stored.getString("reference")).isEqualTo(reference);
            assertThat(stored.get("applicant", Document.class).getString("email")).isEqualTo(email);
            assertThat(stored.get("municipality", Document.class).getString("country")).isEqualTo("CO");
        }

        assertThat(reviewer("/api/v1/review/applications/" + id + "/claim", null).statusCode()).isEqualTo(200);
        HttpResponse<String> decided = reviewer("/api/v1/review/applications/" + id + "/decision",
                "{\"outcome\":\"ACCEPTED\",\"message\":\"Nos vemos en el taller de Leticia.\"}");
        assertThat(decided.statusCode()).isEqualTo(200);

        List<MimeMessage> mails = awaitMail(email, 2);
        MimeMessage decision = mails.stream().filter(m -> !m.equals(receiptMail)).findFirst().orElseThrow();
        assertThat(decision.getRecipients(Message.RecipientType.TO)[0].toString()).contains(email);
        assertThat(decision.getSubject()).isEqualTo("Bienvenida/o a la Red para la Igualdad de Género (" + reference + ")");
        assertThat(text(decision)).contains("Nos vemos en el taller de Leticia.", reference);

        // The applicant's status link works, and the delivery reports reached the history.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> detail = send(HttpRequest.newBuilder(
                    URI.create(review.url("/api/v1/review/applications/" + id))).header("Authorization", basic()).GET());
            assertThat(JSON.readTree(detail.body()).get("history").valueStream()
                    .filter(h -> h.get("action").asString().equals("EMAIL_SENT"))).hasSize(2);
        });
        HttpResponse<String> status = send(HttpRequest.newBuilder(URI.create(
                receipt.get("statusUrl").asString().replace("/status/", "/api/v1/applications/").replace("?token", "/status?token"))).GET());
        assertThat(JSON.readTree(status.body()).get("status").asString()).isEqualTo("ACCEPTED");

        // One trace from the HTTP submission through Kafka, MongoDB and the outbox to the SMTP send and
        // back (the receipt's delivery report): its id is in the log lines of all three services, and
        // none of the applicant's personal data is, at any level of the services' own loggers (TRACE).
        for (ServiceProcess service : SERVICES) {
            String log = java.nio.file.Files.readString(service.log);
            assertThat(log).as(service.name + " logs the trace id").contains(traceId);
            assertThat(log).as(service.name + " logs no address").doesNotContain(email);
            assertThat(log).as(service.name + " logs no name, position or motivation")
                    .doesNotContain(FULL_NAME, POSITION, MOTIVATION);
        }
        assertThat(java.nio.file.Files.readAllLines(review.log)).as("the receipt's delivery report, in the same trace")
                .anyMatch(line -> line.contains(traceId) && line.contains("delivery report") && line.contains("EMAIL_SENT"));
    }

    /**
     * The restore runbook: review's MongoDB is restored from a backup taken before a submission was
     * registered, and review's consumer group is reset to the beginning of {@code intake.submissions.v1}.
     * The submission is registered again and announced again, with the same event id (derived from
     * the fact, not random), so notification recognises it: the applicant still has exactly one receipt.
     */
    @Test
    @Order(3)
    void aReplayAfterARestoreSendsNoSecondReceipt() throws Exception {
        String email = "replay-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(URI.create(intake.url("/api/v1/submissions")))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "system-replay-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(submission(email))));
        assertThat(submitted.statusCode()).isEqualTo(202);
        String id = JSON.readTree(submitted.body()).get("submissionId").asString();
        awaitMail(email, 1);

        // Stop review, "restore" a backup that predates the registration, rewind its consumer group.
        review.close();
        SERVICES.remove(review);
        try (MongoClient mongo = MongoClients.create(TestServers.mongoUri())) {
            assertThat(mongo.getDatabase("review").getCollection("applications")
                    .deleteOne(new Document("_id", id)).getDeletedCount()).isEqualTo(1);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestServers.kafkaBootstrapServers()))) {
            // The group empties once the stopped consumer's leave is processed.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin
                    .describeConsumerGroups(List.of("review-service")).all().get().get("review-service").members())
                    .isEmpty());
            Map<TopicPartition, OffsetAndMetadata> beginning = new HashMap<>();
            for (var partition : admin.describeTopics(List.of(Topics.SUBMISSIONS)).allTopicNames().get()
                    .get(Topics.SUBMISSIONS).partitions()) {
                beginning.put(new TopicPartition(Topics.SUBMISSIONS, partition.partition()), new OffsetAndMetadata(0));
            }
            admin.alterConsumerGroupOffsets("review-service", beginning).all().get();

            review = start("review-service", reviewArguments);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(review::ready);

            // Registered again, and its ApplicationRegistered published (the outbox drained) ...
            try (MongoClient mongo = MongoClients.create(TestServers.mongoUri())) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    Document stored = mongo.getDatabase("review").getCollection("applications")
                            .find(new Document("_id", id)).first();
                    assertThat(stored).isNotNull();
                    assertThat(stored.getList("outbox", Document.class)).isEmpty();
                });
            }
            // ... and consumed by notification (no lag left on review.applications.v1) ...
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets("notification-service").partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(tp -> tp.topic().equals(Topics.APPLICATIONS))
                        .forEach(tp -> latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()));
                assertThat(latest).isNotEmpty();
                var ends = admin.listOffsets(latest).all().get();
                for (var end : ends.entrySet()) {
                    assertThat(committed.get(end.getKey()).offset()).isEqualTo(end.getValue().offset());
                }
            });
        }
        // ... without a second receipt.
        assertThat(mailTo(email)).hasSize(1);
    }

    /**
     * Issue 14's walk-through of the grace period: review restarted with a 15-second grace period; three
     * applications decided, one taken back within it; exactly two decision emails arrive, and the
     * applicant whose decision was taken back gets none (only the receipt).
     */
    @Test
    @Order(4)
    void threeDecidedOneTakenBackExactlyTwoDecisionEmails() throws Exception {
        review.close();
        SERVICES.remove(review);
        String[] withGrace = Arrays.stream(reviewArguments)
                .map(a -> a.startsWith("--review.decision.grace-period=") ? "--review.decision.grace-period=15s" : a)
                .toArray(String[]::new);
        review = start("review-service", withGrace);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(review::ready);

        List<String> emails = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = "grace-" + i + "-" + UUID.randomUUID() + "@example.org";
            HttpResponse<String> submitted = send(HttpRequest.newBuilder(URI.create(intake.url("/api/v1/submissions")))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "system-grace-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString(submission(email))));
            assertThat(submitted.statusCode()).isEqualTo(202);
            emails.add(email);
            ids.add(JSON.readTree(submitted.body()).get("submissionId").asString());
        }
        for (String email : emails) {
            awaitMail(email, 1); // the receipt: registered by review
        }
        for (String id : ids) {
            assertThat(reviewer("/api/v1/review/applications/" + id + "/claim", null).statusCode()).isEqualTo(200);
            assertThat(reviewer("/api/v1/review/applications/" + id + "/decision", "{\"outcome\":\"WAITLISTED\"}")
                    .statusCode()).isEqualTo(200);
        }
        HttpResponse<String> undone = reviewer("/api/v1/review/applications/" + ids.get(1) + "/decision/undo", null);
        assertThat(undone.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(undone.body()).get("status").asString()).isEqualTo("IN_REVIEW");

        awaitMail(emails.get(0), 2);
        awaitMail(emails.get(2), 2);
        // Both decision emails reported back (so the relay has long passed the taken-back one's time) ...
        for (String id : List.of(ids.get(0), ids.get(2))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                HttpResponse<String> detail = send(HttpRequest.newBuilder(
                        URI.create(review.url("/api/v1/review/applications/" + id))).header("Authorization", basic()).GET());
                assertThat(JSON.readTree(detail.body()).get("history").valueStream()
                        .filter(h -> h.get("action").asString().equals("EMAIL_SENT"))).hasSize(2);
            });
        }
        // ... and none for the decision taken back: exactly two decision emails in all.
        assertThat(mailTo(emails.get(1))).hasSize(1);
        assertThat(emails.stream().mapToInt(e -> mailTo(e).size()).sum()).isEqualTo(3 + 2);
    }

    /**
     * Issue 13's walk-through, as a new applicant does it: the Spanish form on a 360-pixel-wide
     * screen, JavaScript off, the keyboard only (Tab, typing, Space on check boxes, Enter or Space on
     * buttons; nothing clicked, no value set by script). Two mistakes, the language switched to
     * English on the error page, both fixed, sent; the success page's address and status link; the
     * link opened in Swedish; a reviewer's question (HTTP API) answered on the status page; the
     * whole exchange and the decision read back there, in Swedish, in Colombia's time.
     */
    @Test
    @Order(1)
    void anApplicantWalksThroughFormAndStatusPageOnAPhoneWithTheKeyboardOnly() throws Exception {
        String email = "walk-" + UUID.randomUUID() + "@example.org";
        String question = "¿Quién más del municipio participará en los talleres?";
        String answer = "La coordinadora de la oficina de la mujer y dos concejalas.";
        String decisionMessage = "Nos vemos en el taller de Leticia.";
        ChromeDriver browser = Browsers.chromiumWithoutJavaScript();
        try {
            browser.manage().window().setSize(new Dimension(360, 740));
            Keyboard keys = new Keyboard(browser);

            // The start page: two calls are open (the defaults), the network's is chosen.
            browser.get(intake.url("/"));
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
            assertFitsThePhone(browser);
            keys.tabTo(By.id("apply-network-2024")).pressAndAwaitPage(Keys.ENTER);

            // The Spanish form, filled leaving two mistakes: a one-letter name and no position.
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
            assertFitsThePhone(browser);
            keys.tabTo(By.id("fullName")).type("A");
            keys.tabTo(By.id("email")).type(email);
            keys.tabTo(By.id("country")).type("Colombia");
            keys.tabTo(By.id("municipalityName")).type("Puerto Nariño");
            keys.tabTo(By.id("region")).type("Amazonas");
            keys.tabTo(By.id("motivation")).type(MOTIVATION);
            keys.tabTo(By.id("focusArea-GENDER_BASED_VIOLENCE")).press(Keys.SPACE);
            keys.tabTo(By.id("workshopLocal")).press(Keys.SPACE);
            keys.tabTo(By.id("mentorshipInterest")).press(Keys.SPACE);
            keys.tabTo(By.id("consent")).press(Keys.SPACE);
            assertThat(value(browser, "country")).isEqualTo("CO");
            keys.tabTo(By.id("submit")).pressAndAwaitPage(Keys.ENTER);

            // Both problems named in Spanish, at the top and at the fields; the focus on the summary.
            assertThat(browser.getTitle()).startsWith("Error: ");
            assertFitsThePhone(browser);
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("error-summary");
            assertThat(texts(browser, "#error-summary a")).containsExactly(
                    "Nombre completo: Debe tener entre 2 y 120 caracteres.", "Cargo: Este campo es obligatorio.");
            assertThat(browser.findElement(By.id("fullName-error")).getText())
                    .isEqualTo("Error: Debe tener entre 2 y 120 caracteres.");
            assertThat(browser.findElement(By.id("position-error")).getText()).isEqualTo("Error: Este campo es obligatorio.");

            // English, with the form's own language control (a button that carries the answers).
            keys.shiftTabTo(By.cssSelector("button[name=switchTo][value=en]")).pressAndAwaitPage(Keys.ENTER);
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            assertFitsThePhone(browser);
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("error-summary");
            assertThat(browser.findElement(By.cssSelector("label[for=fullName]")).getText()).isEqualTo("Full name");
            assertThat(List.of(value(browser, "fullName"), value(browser, "position"), value(browser, "email"),
                    value(browser, "country"), value(browser, "municipalityName"), value(browser, "region"),
                    value(browser, "motivation"), value(browser, "preferredLanguage")))
                    .as("nothing typed is lost").containsExactly("A", "", email, "CO", "Puerto Nariño", "Amazonas", MOTIVATION, "es");
            for (String ticked : List.of("focusArea-GENDER_BASED_VIOLENCE", "workshopLocal", "mentorshipInterest", "consent")) {
                assertThat(browser.findElement(By.id(ticked)).isSelected()).as(ticked).isTrue();
            }
            assertThat(texts(browser, "#error-summary a")).as("the same problems, now in English").containsExactly(
                    "Full name: Must be between 2 and 120 characters.", "Position: This field is required.");
            assertThat(browser.findElement(By.id("fullName-error")).getText())
                    .isEqualTo("Error: Must be between 2 and 120 characters.");

            // Both fixed (from the summary: its link, then Tab, is the field), and sent.
            keys.tabTo(By.cssSelector("#error-summary a[href='#fullName-field']")).press(Keys.ENTER).press(Keys.TAB);
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("fullName");
            keys.press(Keys.chord(Keys.CONTROL, "a")).type(FULL_NAME);
            keys.tabTo(By.id("position")).type(POSITION);
            keys.tabTo(By.id("submit")).pressAndAwaitPage(Keys.SPACE);

            // The success page: where the receipt goes and the status link as text to copy.
            assertThat(browser.getTitle()).isEqualTo("Application received");
            assertFitsThePhone(browser);
            assertThat(browser.findElement(By.id("receipt-address")).getText()).isEqualTo(email);
            String statusUrl = browser.findElement(By.id("status-url")).getText();
            assertThat(statusUrl).startsWith(review.url("/status/")).contains("?token=");
            assertThat(browser.findElement(By.id("status-url-hint")).getText()).contains("Keep it");
            String id = applicationId(statusUrl);
            String reference = browser.findElement(By.id("reference")).getText();
            MimeMessage receiptMail = awaitMail(email, 1).get(0);
            assertThat(receiptMail.getSubject()).as("the receipt, in the language chosen for messages")
                    .isEqualTo("Hemos recibido su expresión de interés (" + reference + ")");
            assertThat(text(receiptMail)).contains("Puerto Nariño", statusUrl);

            // The status link in Swedish (once review has registered the submission).
            String swedish = statusUrl + "&lang=sv";
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                browser.get(swedish);
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Din ansökan");
            });
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Mottagen");
            assertFitsThePhone(browser);

            // A reviewer claims it and asks a question; the Swedish page shows it.
            assertThat(reviewer("/api/v1/review/applications/" + id + "/claim", null).statusCode()).isEqualTo(200);
            assertThat(reviewer("/api/v1/review/applications/" + id + "/info-request",
                    "{\"message\":\"" + question + "\"}").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                browser.get(swedish);
                assertThat(browser.findElements(By.id("question"))).extracting(WebElement::getText).containsExactly(question);
            });
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Komplettering begärd");
            List<MimeMessage> mails = awaitMail(email, 2);
            assertThat(text(mails.get(mails.size() - 1))).as("the request by email, with the link to answer it")
                    .contains(question, statusUrl);

            // Answered on the status page with the keyboard.
            keys.tabTo(By.id("answer-text")).type(answer);
            keys.tabTo(By.id("answer-button")).pressAndAwaitPage(Keys.ENTER);
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
            assertThat(browser.findElement(By.id("done")).getText()).startsWith("Tack.");
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Granskas");
            assertFitsThePhone(browser);

            // The whole exchange, in Swedish, in plain words, in Colombia's time with the zone named.
            assertThat(browser.findElement(By.id("zone")).getText()).isEqualTo("Tiderna anges i colombiansk tid (UTC\u22125).");
            assertThat(texts(browser, "#timeline .what")).containsExactly("Vi tog emot din ansökan.",
                    "Programteamet började granska din ansökan.", "Programteamet bad dig om mer information.",
                    "Du svarade, och granskningen fortsätter.");
            assertThat(said(browser)).containsExactly("Programteamet skrev: " + question, "Du skrev: " + answer);
            assertThatTimesAreColombian(browser);

            // The decision, with its message, joins the exchange.
            assertThat(reviewer("/api/v1/review/applications/" + id + "/claim", null).statusCode()).isEqualTo(200);
            assertThat(reviewer("/api/v1/review/applications/" + id + "/decision",
                    "{\"outcome\":\"ACCEPTED\",\"message\":\"" + decisionMessage + "\"}").statusCode()).isEqualTo(200);
            browser.get(swedish);
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Antagen");
            assertFitsThePhone(browser);
            assertThat(browser.findElement(By.id("decision-message")).getText()).isEqualTo(decisionMessage);
            assertThat(texts(browser, "#timeline .what")).last()
                    .isEqualTo("Programteamet beslutade: din kommun är antagen till nätverket.");
            assertThat(said(browser)).containsExactly("Programteamet skrev: " + question, "Du skrev: " + answer,
                    "Programteamet skrev: " + decisionMessage);
            assertThatTimesAreColombian(browser);
            assertThat(browser.findElement(By.tagName("main")).getText()).as("plain words, no codes or reviewer names")
                    .doesNotContain("RECEIVED", "IN_REVIEW", "INFO_REQUESTED", "ACCEPTED", "reviewer", "UTC ");
        } finally {
            browser.quit();
        }
    }

    /** Every time on the status page written in Colombia's time (UTC−5), in Swedish, and about now. */
    private static void assertThatTimesAreColombian(WebDriver browser) {
        DateTimeFormatter swedish = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag("sv")).withZone(ZoneId.of("America/Bogota"));
        List<WebElement> times = browser.findElements(By.cssSelector("#timeline time"));
        assertThat(times).isNotEmpty();
        for (WebElement time : times) {
            OffsetDateTime at = OffsetDateTime.parse(time.getDomAttribute("datetime"));
            assertThat(at.getOffset().getId()).isEqualTo("-05:00");
            assertThat(Duration.between(at.toInstant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(10));
            assertThat(spaces(time.getText())).isEqualTo(spaces(swedish.format(at.toInstant())));
        }
    }

    /**
     * The applicant's keyboard: Tab (or Shift+Tab) to a control, type into whatever has the focus,
     * press a key. {@link #tabTo} fails when the control cannot be reached by tabbing.
     */
    private static final class Keyboard {

        private static final int MAX_PRESSES = 60;
        private final WebDriver browser;

        Keyboard(WebDriver browser) {
            this.browser = browser;
        }

        Keyboard tabTo(By target) {
            return moveTo(target, Keys.TAB);
        }

        Keyboard shiftTabTo(By target) {
            return moveTo(target, Keys.chord(Keys.SHIFT, Keys.TAB));
        }

        private Keyboard moveTo(By target, CharSequence key) {
            WebElement wanted = browser.findElement(target);
            for (int i = 0; i < MAX_PRESSES; i++) {
                if (browser.switchTo().activeElement().equals(wanted)) {
                    return this;
                }
                new Actions(browser).sendKeys(key).perform();
            }
            throw new AssertionError(target + " is not reached with " + MAX_PRESSES + " presses of the Tab key");
        }

        Keyboard type(String text) {
            new Actions(browser).sendKeys(text).perform();
            return this;
        }

        Keyboard press(CharSequence key) {
            new Actions(browser).sendKeys(key).perform();
            return this;
        }

        /** Presses {@code key} on the focused button and waits for the page it loads. */
        void pressAndAwaitPage(CharSequence key) {
            WebElement page = browser.findElement(By.tagName("html"));
            press(key);
            Browsers.awaitGone(browser, page, Duration.ofSeconds(30));
        }
    }

    private static String value(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private static List<String> texts(WebDriver browser, String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** Each message on the status page's timeline after who wrote it ("Du skrev: …"). */
    private static List<String> said(WebDriver browser) {
        List<String> who = texts(browser, "#timeline .said");
        List<String> what = texts(browser, "#timeline .said + blockquote");
        assertThat(what).hasSameSizeAs(who);
        return java.util.stream.IntStream.range(0, who.size()).mapToObj(i -> who.get(i) + " " + what.get(i)).toList();
    }

    /**
     * Nothing wider than the 360-pixel window: no sideways scrolling to read a line. Also leaves the
     * whole page as a picture for a person to look at: {@code target/screenshots/walk-N.png}.
     */
    private static void assertFitsThePhone(ChromeDriver browser) throws IOException {
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as("the width of %s as laid out", browser.getTitle()).isLessThanOrEqualTo(360);
        Dimension window = browser.manage().window().getSize();
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 6000)));
        try {
            Path file = Path.of("target", "screenshots", "walk-" + SCREENSHOTS.incrementAndGet() + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /** The JDK's CLDR data may put (narrow) no-break spaces in dates; the browser may give them back as spaces. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String applicationId(String statusUrl) {
        Matcher id = Pattern.compile("/status/([0-9a-f-]{36})\\?").matcher(statusUrl);
        assertThat(id.find()).as(statusUrl).isTrue();
        return id.group(1);
    }

    private static HttpResponse<String> reviewer(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(review.url(path)))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString("reviewer:reviewer-pw".getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<MimeMessage> awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(address).size() >= count);
        return mailTo(address);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(TestServers.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String submission(String email) {
        return """
                {
                  "applicant": {
                    "fullName": "%s", "email": "%s",
                    "position": "%s", "preferredLanguage": "es"
                  },
                  "municipality": { "name": "Puerto Nariño", "region": "Amazonas", "country": "CO" },
                  "motivation": "%s",
                  "focusAreas": ["GENDER_BASED_VIOLENCE"],
                  "workshops": { "local": true, "sweden": false },
                  "partnershipInterest": false,
                  "mentorshipInterest": true,
                  "consent": { "dataProcessing": true, "noticeVersion": "2024-01" }
                }
                """.formatted(FULL_NAME, email, POSITION, MOTIVATION);
    }
}
