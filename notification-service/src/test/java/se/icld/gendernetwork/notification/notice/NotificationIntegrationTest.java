package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.notification.NotificationTestSupport;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

class NotificationIntegrationTest extends NotificationTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void receiptIsSentOnceInTheApplicantsLanguageAndAnnounced() throws Exception {
        UUID applicationId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String address = uniqueAddress();
        String event = event("ApplicationRegistered", applicationId, eventId, address, "sv");
        try (KafkaConsumer<String, String> deliveries = TestTopics.consumer(Topics.DELIVERIES)) {
            MimeMessage mail = sendAndAwaitMail(applicationId, event, address);
            assertThat(mail.getSubject()).isEqualTo("Vi har tagit emot din intresseanmälan (GEN-7K3Q-9XDA)");
            assertThat(mail.getMessageID()).isEqualTo("<" + eventId + ".receipt@gender-network.local>");
            assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
            String text = plainText(mail);
            String token = new StatusToken("test-status-secret-of-enough-length").tokenFor(applicationId);
            assertThat(text).startsWith("Hej María López!").contains("Panajachel", "Referensnummer: GEN-7K3Q-9XDA",
                    "http://review.test/status/" + applicationId + "?token=" + token);
            // The event's call (the configured calls, by its callId), by its Swedish title.
            assertThat(text).contains("Utlysning: Nätverket för jämställdhet\n");

            List<ConsumerRecord<String, String>> announced = TestTopics.pollKey(deliveries, applicationId.toString(), 1);
            assertThat(announced).hasSize(1);
            JsonNode sent = json.readTree(announced.get(0).value());
            assertThat(sent.get("type").asString()).isEqualTo("NotificationSent");
            assertThat(sent.get("sourceEventId").asString()).isEqualTo(eventId.toString());
            assertThat(sent.get("messageId").asString()).isEqualTo(mail.getMessageID());
            assertThat(announced.get(0).value()).doesNotContain(address);

            // The same event again (a redelivery, or a replay of the topic): nothing new is sent.
            TestTopics.send(Topics.APPLICATIONS, applicationId.toString(), event);
            UUID later = UUID.randomUUID();
            String laterAddress = uniqueAddress();
            sendAndAwaitMail(applicationId, event("ApplicationWithdrawn", applicationId, later, laterAddress, "sv"), laterAddress);
            assertThat(mailTo(address)).hasSize(1);
        }
    }

    @Test
    void decisionCarriesTheReviewersMessageAndTheLogShowsIt() throws Exception {
        UUID applicationId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String address = uniqueAddress();

        MimeMessage mail = sendAndAwaitMail(applicationId, event("DecisionMade", applicationId, eventId, address, "es"), address);
        assertThat(mail.getSubject()).isEqualTo("Bienvenida/o a la Red para la Igualdad de Género (GEN-7K3Q-9XDA)");
        assertThat(plainText(mail)).contains("Mensaje del equipo del programa:\n¡Bienvenida a la red! Le escribiremos pronto");

        HttpResponse<String> log = get("/api/v1/notifications?applicationId=" + applicationId, "admin:admin-pw");
        assertThat(log.statusCode()).isEqualTo(200);
        JsonNode line = json.readTree(log.body()).get(0);
        assertThat(line.get("template").asString()).isEqualTo("decision-accepted");
        assertThat(line.get("language").asString()).isEqualTo("es");
        assertThat(line.get("status").asString()).isEqualTo("SENT");
        assertThat(line.get("attempts").asInt()).isEqualTo(1);
        assertThat(log.body()).doesNotContain(address);
    }

    @Test
    void thePlainTextPartShowsNamesAndMessagesAsTypedAndTheHtmlPartEscapesThem() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String address = uniqueAddress();
        String name = "Ana \"O'Brien\" & <Co>";
        String message = "Sí & no: <b>nada</b> \"dicho\" 'hecho'";
        MimeMessage sent = sendAndAwaitMail(applicationId, event("DecisionMade", applicationId, UUID.randomUUID(), address, "en")
                .replace("\"fullName\": \"María López\"", "\"fullName\": \"Ana \\\"O'Brien\\\" & <Co>\"")
                .replace("¡Bienvenida a la red! Le escribiremos pronto sobre el primer taller.",
                        "Sí & no: <b>nada</b> \\\"dicho\\\" 'hecho'"), address);

        // The message as it came over the wire, parsed again from its bytes.
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        sent.writeTo(raw);
        MimeMessage wire = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.toByteArray()));
        MimeMultipart alternative = (MimeMultipart) wire.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        // Named by the mailer (so nothing scans the parts to choose), and read back intact below.
        assertThat(alternative.getBodyPart(0).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        assertThat(alternative.getBodyPart(1).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        String text = plainText(wire);
        String html = (String) alternative.getBodyPart(1).getContent();

        assertThat(text).startsWith("Dear " + name + ":").contains(message)
                .doesNotContain("&amp;", "&quot;", "&#39;", "&lt;", "&gt;");
        assertThat(html).contains("Ana &quot;O&#39;Brien&quot; &amp; &lt;Co&gt;", "&lt;b&gt;nada&lt;/b&gt;")
                .doesNotContain(name, "<b>nada</b>");
    }

    @Test
    void anEmailChangeSendsTheConfirmationLinkToTheNewAddressOnlyAndNoStatusLink() throws Exception {
        UUID applicationId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String address = uniqueAddress();
        MimeMessage mail = sendAndAwaitMail(applicationId, event("EmailChangeRequested", applicationId, eventId, address, "en")
                .replace("maria.lopez@panajachel.gob.gt", address)
                .replace("\"fullName\": \"María López\"", "\"fullName\": \"Ana & <Co>\""), address);
        String link = "http://localhost:8082/status/" + applicationId
                + "/email-confirmation?code=q7Vd2LkR9sXmT4wYbN1cHfJ6pZ3aE8uG0iOeKrWtS5M";
        assertThat(mail.getAllRecipients()).extracting(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress())
                .containsExactly(address);
        assertThat(mail.getSubject()).isEqualTo("Confirm your new email address (GEN-7K3Q-9XDA)");
        assertThat(mail.getMessageID()).isEqualTo("<" + eventId + ".email-confirmation@gender-network.local>");
        String text = plainText(mail);
        String html = (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
        assertThat(text).startsWith("Dear Ana & <Co>:").contains("programme team", link + "\n", "Reference: GEN-7K3Q-9XDA")
                .doesNotContain("&amp;", "&lt;", "&gt;", "&#", "token=");
        // Whoever reads this address has proved nothing yet: no status link, only the confirmation.
        assertThat(html).contains("href=\"" + link + "\"", "Ana &amp; &lt;Co&gt;").doesNotContain("token=");
    }

    @Test
    void operatorApiIsForAdminsOnly() throws Exception {
        assertThat(get("/api/v1/notifications?applicationId=x", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/notifications?applicationId=x", "admin:wrong").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/notifications/preview/receipt?lang=en&format=subject", "admin:admin-pw").body())
                .isEqualTo("We have received your expression of interest (GEN-7K3Q-9XDA)");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void malformedAndInvalidEventsAreDeadLetteredWithoutPersonalDataInHeadersOrLogs(CapturedOutput output) {
        String key = UUID.randomUUID().toString();
        String secret = "secret-" + UUID.randomUUID() + "@example.org";
        String name = "Nombre-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> dlq = TestTopics.consumer("review.applications.v1.notification-service.dlq")) {
            // Truncated JSON, an unknown type, a recipient that is a string (Jackson would quote it in its
            // message), and a well-formed event no email can be made of (an unknown outcome).
            TestTopics.send(Topics.APPLICATIONS, key, "{\"type\":\"ApplicationRegistered\", \"recipient\": {\"email\": \""
                    + secret + "\", \"fullName\": \"" + name + "\"}, \"eventId\": 42");
            TestTopics.send(Topics.APPLICATIONS, key, "{\"type\":\"SomethingElse\", \"email\": \"" + secret + "\"}");
            TestTopics.send(Topics.APPLICATIONS, key, "{\"type\":\"ApplicationRegistered\", \"eventId\": \"" + UUID.randomUUID()
                    + "\", \"recipient\": \"" + name + " <" + secret + ">\"}");
            TestTopics.send(Topics.APPLICATIONS, key, event("DecisionMade", UUID.randomUUID(), UUID.randomUUID(), secret, "es")
                    .replace("\"ACCEPTED\"", "\"MAYBE\"").replace("María López", name));

            List<ConsumerRecord<String, String>> dead = TestTopics.poll(dlq, r -> key.equals(r.key()), 4, Duration.ofSeconds(60));
            assertThat(dead).hasSize(4);
            for (ConsumerRecord<String, String> record : dead) {
                assertThat(new String(record.headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                        .doesNotContain(secret, name);
                for (Header header : record.headers()) {
                    assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(header.key())
                            .doesNotContain(secret, name, "María");
                }
            }
        }
        assertThat(output.getAll()).contains("not a readable event").doesNotContain(secret, name);
    }

    /**
     * The operator API's OpenAPI document and UI are the admin's, and the served document is the
     * checked-in copy {@code openapi/notification-api.json} (after a deliberate API change, run with
     * {@code -Dopenapi.write=true} and commit it).
     */
    @Test
    void theAdminReadsTheApiDocumentAndItIsTheCheckedInOne() throws Exception {
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(401);
        assertThat(get("/swagger-ui/index.html", "admin:admin-pw").statusCode()).isEqualTo(200);
        HttpResponse<String> document = get("/v3/api-docs", "admin:admin-pw");
        assertThat(document.statusCode()).isEqualTo(200);

        tools.jackson.databind.JsonNode served = se.icld.gendernetwork.testsupport.ApiDocuments
                .assertIsTheCheckedInCopy(document.body(), java.nio.file.Path.of("openapi", "notification-api.json"));
        assertThat(served.path("paths").propertyNames()).contains("/api/v1/notifications",
                "/api/v1/notifications/{id}/resend", "/api/v1/notifications/requeue", "/api/v1/notifications/preview/{template}");
        assertThat(served.path("paths").path("/api/v1/notifications/{id}/resend").path("post").path("responses")
                .propertyNames()).contains("202", "401", "403", "404", "409");
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
