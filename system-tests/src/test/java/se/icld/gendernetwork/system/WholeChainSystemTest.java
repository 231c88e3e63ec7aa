package se.icld.gendernetwork.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.testsupport.TestServers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton, end to end: the three packaged services as their own processes on a real
 * Kafka broker, a MongoDB wire server and an SMTP server. HTTP submit → Kafka → MongoDB → receipt
 * email; reviewer claim and decision over HTTP → Kafka → decision email; delivery reports back in
 * the application's history.
 */
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

    @BeforeAll
    static void startTheSystem() throws Exception {
        String kafka = "--spring.kafka.bootstrap-servers=" + TestServers.kafkaBootstrapServers();
        String secret = "--network.status.secret=" + SECRET;
        int smtp = TestServers.smtpPort();
        reviewArguments = new String[] {kafka, secret,
                "--spring.mongodb.uri=" + TestServers.mongoUri("review"),
                "--review.security.users[0].username=reviewer",
                "--review.security.users[0].password-hash={noop}reviewer-pw",
                "--review.security.users[0].roles=REVIEWER"};
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
