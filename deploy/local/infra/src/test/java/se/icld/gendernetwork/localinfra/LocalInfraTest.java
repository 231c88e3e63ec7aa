package se.icld.gendernetwork.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class LocalInfraTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private LocalInfra infra;

    @AfterEach
    void stop() {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void listsAMultipartMailWithItsRecipientsSubjectAndPlainTextBody() throws Exception {
        infra = LocalInfra.start(LocalInfra.Config.freePorts(dataDir));

        sendMultipart("Tack för ditt intresse <3",
                "Hej!\nConfirm here: http://localhost:8081/confirm?token=a&b=1.\n<b>not markup</b>",
                "<p>Hej! <a href=\"http://localhost:8081/confirm\">Confirm</a></p>",
                "applicant@example.org", "second@example.org");

        List<Map<String, Object>> messages = await().atMost(Duration.ofSeconds(10))
                .until(this::messages, list -> !list.isEmpty());

        // GreenMail keeps one copy per recipient mailbox; the inbox lists the message once.
        assertThat(messages).hasSize(1);
        Map<String, Object> mail = messages.get(0);
        assertThat(mail.get("to")).isEqualTo(List.of("applicant@example.org", "second@example.org"));
        assertThat(mail.get("from")).isEqualTo("noreply@example.org");
        assertThat(mail.get("subject")).isEqualTo("Tack för ditt intresse <3");
        assertThat(mail.get("text")).isEqualTo(
                "Hej!\nConfirm here: http://localhost:8081/confirm?token=a&b=1.\n<b>not markup</b>");
        assertThat((String) mail.get("html")).contains("<a href=\"http://localhost:8081/confirm\">Confirm</a>");
        assertThat((String) mail.get("messageId")).startsWith("<").endsWith(">");
        assertThat((String) mail.get("date")).endsWith("Z");

        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains("applicant@example.org, second@example.org")
                .contains("Tack för ditt intresse &lt;3")
                .contains("&lt;b&gt;not markup&lt;/b&gt;")
                .doesNotContain("<b>not markup")
                .contains("<a href=\"http://localhost:8081/confirm?token=a&amp;b=1\">"
                        + "http://localhost:8081/confirm?token=a&amp;b=1</a>.");

        HttpResponse<String> deleted = HTTP.send(request("/api/messages").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(messages()).isEmpty();
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void listsNewestFirstAndTakesPlainTextOnlyMails() throws Exception {
        infra = LocalInfra.start(LocalInfra.Config.freePorts(dataDir));
        for (String subject : List.of("first", "second", "third")) {
            sendText("reviewer@example.org", subject, "body of " + subject);
        }

        List<Map<String, Object>> messages = await().atMost(Duration.ofSeconds(10))
                .until(this::messages, list -> list.size() == 3);

        assertThat(messages).extracting(m -> m.get("subject")).containsExactly("third", "second", "first");
        assertThat(messages.get(0).get("text")).isEqualTo("body of third");
        assertThat(messages.get(0).get("html")).isNull();
        // Each message is read from its MIME form once, not again on every listing (the page and the API
        // list everything on every request; benchmarks poll the API).
        assertThat(infra.inbox().messages().get(0)).isSameAs(infra.inbox().messages().get(0));
        assertThat(messages()).isEqualTo(messages);
    }

    @Test
    void namesTheMailStreamProviderSoNoLookupScansTheClassPath() {
        infra = LocalInfra.start(LocalInfra.Config.freePorts(dataDir));

        assertThat(System.getProperty(LocalInfra.STREAM_PROVIDER_PROPERTY))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName())
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    }

    @Test
    void filtersAndCountsTheMessagesToAnAddress() throws Exception {
        infra = LocalInfra.start(LocalInfra.Config.freePorts(dataDir));
        for (String to : List.of("bench-run1-1@example.org", "Bench-Run1-2@example.org", "other@example.org")) {
            sendText(to, "to " + to, "body");
        }
        await().atMost(Duration.ofSeconds(10)).until(this::messages, list -> list.size() == 3);

        assertThat(get("/api/messages/count").body()).isEqualTo("{\"count\":3}");
        // One mailbox holds them all: GreenMail's per-address users and mailboxes were looked up one by one.
        assertThat(infra.mailboxes()).isEqualTo(1);
        assertThat(get("/api/messages/count?to=bench-run1-").body()).isEqualTo("{\"count\":2}");
        assertThat(get("/api/messages/count?to=nobody").body()).isEqualTo("{\"count\":0}");
        List<Map<String, Object>> toOther = JSON.readValue(get("/api/messages?to=other%40example.org").body(),
                new TypeReference<List<Map<String, Object>>>() {
                });
        assertThat(toOther).extracting(m -> m.get("to")).containsExactly(List.of("other@example.org"));
        assertThat(HTTP.send(request("/api/messages/count").DELETE().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(405);
    }

    @Test
    void keepsMongoDocumentsAcrossARestartOnTheSameDataFile() {
        infra = LocalInfra.start(LocalInfra.Config.freePorts(dataDir));
        try (MongoClient client = MongoClients.create(infra.mongoUri())) {
            collection(client).insertOne(new Document("_id", "app-1").append("name", "Ada").append("votes", 2));
        }
        infra.close();
        assertThat(dataDir.resolve(LocalInfra.MONGO_FILE)).isRegularFile();

        infra = LocalInfra.start(LocalInfra.Config.freePorts(dataDir));
        try (MongoClient client = MongoClients.create(infra.mongoUri())) {
            Document found = collection(client).find(Filters.eq("_id", "app-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Ada");
            assertThat(found.getInteger("votes")).isEqualTo(2);
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("localinfra-test").getCollection("applications");
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", LocalInfra.HOST);
        props.put("mail.smtp.port", String.valueOf(infra.smtpPort()));
        props.put("mail.smtp.localhost", "localhost");
        return Session.getInstance(props);
    }

    private void sendText(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom("noreply@example.org");
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private void sendMultipart(String subject, String text, String html, String... to) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress("noreply@example.org"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", to)));
        message.setSubject(subject, "UTF-8");
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setContent(html, "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", textPart, htmlPart);
        message.setContent(alternative);
        Transport.send(message);
    }

    private List<Map<String, Object>> messages() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/messages");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readValue(response.body(), new TypeReference<List<Map<String, Object>>>() {
        });
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://" + LocalInfra.HOST + ":" + infra.inboxPort() + path))
                .timeout(Duration.ofSeconds(10));
    }
}
