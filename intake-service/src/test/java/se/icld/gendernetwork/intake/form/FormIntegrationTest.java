package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.intake.IntakeTestSupport;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public form over plain HTTP, as a browser without JavaScript uses it. */
@ExtendWith(OutputCaptureExtension.class)
class FormIntegrationTest extends IntakeTestSupport {

    /** What the first view of the form may transfer in all, on a slow link. */
    static final int PAGE_BUDGET_BYTES = 50 * 1024;

    @Autowired
    JsonMapper json;

    @Test
    void theFormIsSpanishByDefaultEveryFieldHasALabelAndEachViewItsOwnKey() {
        HttpResponse<String> response = get("/?call=network-2024", Map.of());
        String page = response.body();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page).contains("<html lang=\"es\"", "<title>Red para la Igualdad de Género: expresión de interés</title>");
        assertThat(matches(page, "<script[^>]*src=\"([^\"]+)\"")).singleElement().asString().matches("/js/draft-[0-9a-f]{32}\\.js");
        assertThat(page).doesNotContain("<script>").contains("<meta name=\"description\" content=\"Formulario para que los municipios");
        Set<String> labelled = matches(page, "<label for=\"([^\"]+)\"");
        Set<String> inputs = matches(page, "<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]* id=\"([^\"]+)\"");
        assertThat(inputs).hasSize(19).isSubsetOf(labelled);
        assertThat(page).contains("<datalist id=\"municipalities\">", "value=\"Panajachel\"", "value=\"Puerto Nariño\"",
                "value=\"Leticia\"", "value=\"Mitú\"");
        // Municipalities only: Amazonas and Vaupés are departments.
        assertThat(page).doesNotContain("value=\"Amazonas\"", "value=\"Vaupés\"");
        assertThat(matches(page, "<option value=\"([A-Z]{2})\"")).containsExactlyInAnyOrder("CO", "GT");
        assertThat(page).contains("name=\"noticeVersion\" value=\"2026-12\"", "Entre 50 y 4000 caracteres");
        assertThat(formKey(page)).matches("[A-Za-z0-9._:-]{8,128}").isNotEqualTo(formKey(get("/?call=network-2024", Map.of()).body()));
    }

    @Test
    void englishAndSwedishWithTheLangParameter() {
        assertThat(get("/?call=network-2024&lang=en", Map.of()).body()).contains("<html lang=\"en\"",
                "<title>Network for Gender Equality: expression of interest</title>", "name=\"lang\" value=\"en\"");
        assertThat(get("/?call=network-2024&lang=sv", Map.of()).body()).contains("<html lang=\"sv\"",
                "<title>Nätverket för jämställdhet: intresseanmälan</title>");
        assertThat(get("/?call=network-2024&lang=fr", Map.of()).body()).contains("<html lang=\"es\"");
    }

    /** The first view of the network's form (with several calls open, {@code GET /} is the start page that lists them). */
    private static final String FORM = "/?call=network-2024";

    @Test
    void theFirstViewTransfersUnder50KiBWithEverythingItLoads() throws Exception {
        HttpResponse<byte[]> page = getBytes(FORM);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        List<String> resources = new ArrayList<>();
        Matcher loads = Pattern.compile("<(?:link[^>]*href|script[^>]*src|img[^>]*src)=\"([^\"]+)\"").matcher(html);
        while (loads.find()) {
            if (!loads.group(1).startsWith("data:")) { // inline: no request (the empty icon spares a /favicon.ico)
                resources.add(loads.group(1));
            }
        }

        long total = page.body().length;
        for (String resource : resources) {
            assertThat(resource).as("loaded from this service, no CDN").startsWith("/");
            HttpResponse<byte[]> loaded = getBytes(resource);
            assertThat(loaded.statusCode()).as(resource).isEqualTo(200);
            total += loaded.body().length;
        }

        // What a browser transfers: the same, gzip-compressed (server.compression).
        long compressed = 0;
        List<String> all = new ArrayList<>(resources);
        all.add(0, FORM);
        for (String resource : all) {
            HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + resource))
                    .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(resource).hasValue("gzip");
            compressed += gzipped.body().length;
        }

        System.out.printf("page weight of GET /: %d bytes (%d HTML + %s), %d bytes gzip-compressed%n", total,
                page.body().length, resources, compressed);
        assertThat(resources).hasSize(2); // the stylesheet and the draft script
        assertThat(total).isLessThan(PAGE_BUDGET_BYTES);
        assertThat(compressed).isLessThan(total / 2);
    }

    @Test
    void aSubmittedFormIsInKafkaAndTheConfirmationShowsTheReferenceAndStatusLink(CapturedOutput output) {
        try (KafkaConsumer<String, String> consumer = TestTopics.consumer(Topics.SUBMISSIONS)) {
            String key = formKey(get("/?call=network-2024", Map.of()).body());
            String email = "form-" + UUID.randomUUID() + "@example.org";
            HttpResponse<String> response = postForm(with(validForm(key, "es"), "email", email), Map.of());

            assertThat(response.statusCode()).isEqualTo(200);
            String page = response.body();
            assertThat(page).contains("<html lang=\"es\"", "Solicitud recibida");
            String reference = single(page, "id=\"reference\">(GEN-[0-9A-Z]{4}-[0-9A-Z]{4})<");
            String statusUrl = single(page, "id=\"status-link\" href=\"([^\"]+)\"");
            String id = single(statusUrl, "^http://review\\.test/status/([0-9a-f-]{36})\\?token=[A-Za-z0-9_-]+$");

            List<ConsumerRecord<String, String>> records = TestTopics.pollKey(consumer, id, 1);
            assertThat(records).hasSize(1);
            JsonNode event = json.readTree(records.get(0).value());
            assertThat(event.get("reference").asString()).isEqualTo(reference);
            assertThat(event.get("applicant").get("email").asString()).isEqualTo(email);
            assertThat(event.get("applicant").get("fullName").asString()).isEqualTo("María López");
            assertThat(event.get("focusAreas").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE");
            assertThat(event.get("workshops").get("sweden").asBoolean()).isTrue();
            assertThat(event.get("mentorshipInterest").asBoolean()).isFalse();
            assertThat(event.get("consent").get("noticeVersion").asString()).isEqualTo("2026-12");

            assertThat(output.getAll()).as("no personal data in the logs").doesNotContain(email);
        }
    }

    @Test
    void postingTheSamePageAgainIsTheSameApplication() {
        String key = formKey(get("/?call=network-2024", Map.of()).body());

        HttpResponse<String> first = postForm(validForm(key, "es"), Map.of());
        HttpResponse<String> again = postForm(validForm(key, "es"), Map.of());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        String pattern = "id=\"status-link\" href=\"([^\"]+)\"";
        assertThat(single(again.body(), pattern)).isEqualTo(single(first.body(), pattern));
    }

    @Test
    void anInvalidFormComesBackWithEverythingTypedAndEachErrorLinkedToItsField() {
        String key = formKey(get("/?call=network-2024&lang=en", Map.of()).body());
        var fields = with(with(validForm(key, "en"), "motivation", "Too short <b>really</b>"), "consent", null);

        HttpResponse<String> response = postForm(fields, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        String page = response.body();
        assertThat(page).contains("<html lang=\"en\"", "<title>Error: Network for Gender Equality");
        String summary = single(page, "(<div class=\"error-summary\" role=\"alert\".*?</div>)");
        assertThat(summary).contains("href=\"#motivation-field\"", "Must be between 50 and 4000 characters.",
                "href=\"#consent-field\"", "You must agree").doesNotContain("#fullName");
        assertThat(summary.indexOf("#motivation")).isLessThan(summary.indexOf("#consent"));
        assertThat(page).contains("id=\"motivation-field\"", "id=\"consent-field\"");
        assertThat(single(page, "(<textarea[^>]*id=\"motivation\"[^>]*>)"))
                .contains("aria-invalid=\"true\"", "aria-describedby=\"motivation-hint motivation-error\"");
        assertThat(page).contains("id=\"motivation-error\"", "id=\"consent-error\"");
        // What was typed is still there (escaped), the key is the same, nothing became a new application.
        assertThat(page).contains(">Too short &lt;b&gt;really&lt;/b&gt;</textarea>", "value=\"María López\"",
                "value=\"Panajachel\"", "value=\"Sololá\"", "value=\"+502 5555 1234\"");
        assertThat(single(page, "(<input[^>]*id=\"focusArea-GENDER_BASED_VIOLENCE\"[^>]*>)")).contains("checked");
        assertThat(single(page, "(<input[^>]*id=\"focusArea-URBAN_PLANNING\"[^>]*>)")).doesNotContain("checked");
        assertThat(single(page, "(<option[^>]*value=\"GT\"[^>]*>)")).contains("selected");
        assertThat(formKey(page)).isEqualTo(key);

        HttpResponse<String> fixed = postForm(validForm(key, "en"), Map.of());
        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(fixed.body()).contains("Application received");
    }

    @Test
    void aTamperedFormIsRefusedLikeTheApi() {
        String key = formKey(get("/?call=network-2024", Map.of()).body());
        var fields = with(with(validForm(key, "es"), "country", "SE"), "fullName", "María\r\nBcc: x@evil.test");
        fields.add(Map.entry("focusAreas", "KNITTING"));

        HttpResponse<String> response = postForm(fields, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        String summary = single(response.body(), "(<div class=\"error-summary\" role=\"alert\".*?</div>)");
        assertThat(summary).contains("href=\"#fullName-field\"", "href=\"#country-field\"", "href=\"#focusAreas-field\"");
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String single(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }
}
