package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.intake.IntakeTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input gets a clear problem, in the applicant's language, and never a stack trace. */
class SubmissionValidationIntegrationTest extends IntakeTestSupport {

    @Autowired
    JsonMapper json;

    /**
     * Each case: the field the problem must name, then a piece of the valid submission and what it is
     * replaced with (the JSON as written, escapes included).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # The four cases intake once accepted and review then dead-lettered: checked after trimming, one email rule.
            applicant.fullName          | "María López"                              | "A "
            motivation                  | Queremos fortalecer la participación política de las mujeres en nuestro municipio. | 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx                    '
            applicant.email             | maria.lopez@example.org                    | ana@alcaldia
            applicant.email             | "maria.lopez@example.org"                  | "\\"quoted\\"@example.org"
            # Invisible and control characters beyond ASCII, and a notice the service does not publish.
            applicant.fullName          | María López                                | María\\u202eLópez
            municipality.region         | Sololá                                     | Sol\\u200bolá
            applicant.position          | Directora Municipal                        | Directora\\u0085Municipal
            municipality.name           | Panajachel                                 | Pana\\u2028jachel
            motivation                  | en nuestro municipio.                      | en nuestro\\u2066 municipio.
            consent.noticeVersion       | "2024-01"                                  | "any string I like"
            # JSON types are strict: a number is not a name, "true" and 1 are not true, a number is not a focus area.
            applicant.fullName          | "María López"                              | 42
            municipality.name           | "Panajachel"                               | true
            consent.dataProcessing      | "dataProcessing": true                     | "dataProcessing": "true"
            consent.dataProcessing      | "dataProcessing": true                     | "dataProcessing": 1
            workshops.local             | "local": true                              | "local": "yes"
            partnershipInterest         | "partnershipInterest": true                | "partnershipInterest": null
            focusAreas[0]               | ["POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE"] | [0]
            """)
    void refusedWith400NamingTheField(String field, String piece, String replacement) {
        HttpResponse<String> response = postJson(invalid(piece, replacement), Map.of("Accept-Language", "en"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList()).containsExactly(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).doesNotStartWith("validation.");
    }

    /** The valid submission with one piece replaced; the piece must be there. */
    private static String invalid(String piece, String replacement) {
        String valid = validSubmission();
        assertThat(valid).contains(piece);
        return valid.replace(piece, replacement);
    }

    @Test
    void lengthMessagesNameTheLimitsInTheApplicantsLanguage() {
        String body = validSubmission().replace("\"María López\"", "\"A \"");

        assertThat(message(postJson(body, Map.of()), "applicant.fullName")).isEqualTo("Debe tener entre 2 y 120 caracteres.");
        assertThat(message(postJson(body, Map.of("Accept-Language", "sv")), "applicant.fullName"))
                .isEqualTo("Måste vara mellan 2 och 120 tecken.");
    }

    private String message(HttpResponse<String> response, String field) {
        return json.readTree(response.body()).get("errors").valueStream()
                .filter(e -> e.get("field").asString().equals(field))
                .findFirst().orElseThrow().get("message").asString();
    }

    /** As above: the field, then a piece of the valid submission and its replacement. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            applicant.fullName          | "María López"                              | "M"
            applicant.fullName          | "María López"                              | "María\\r\\nBcc: x@evil.test"
            applicant.email             | maria.lopez@example.org                    | not-an-email
            applicant.email             | maria.lopez@example.org                    | maria@example.org\\nBcc: x@evil.test
            municipality.country        | "GT"                                       | "SE"
            consent.dataProcessing      | "dataProcessing": true                     | "dataProcessing": false
            focusAreas                  | "GENDER_BASED_VIOLENCE"                    | "POLITICAL_PARTICIPATION"
            focusAreas                  | ["POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE"] | []
            focusAreas[1]               | "GENDER_BASED_VIOLENCE"                    | "KNITTING"
            motivation                  | Queremos fortalecer la participación política de las mujeres en nuestro municipio. | Muy corto
            applicant.preferredLanguage | "preferredLanguage": "es"                  | "preferredLanguage": "fr"
            admin                       | "partnershipInterest": true                | "partnershipInterest": true, "admin": true
            partnershipInterest         | "partnershipInterest": true                | "partnershipInterest": 1e999999
            """)
    void invalidFieldIsNamedInTheProblem(String field, String piece, String replacement) {
        HttpResponse<String> response = postJson(invalid(piece, replacement), Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        List<String> fields = problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains(field);
        assertThat(response.body()).doesNotContain("Exception", "at se.icld", "evil.test");
    }

    @Test
    void messagesFollowAcceptLanguageWithSpanishByDefault() {
        String body = validSubmission().replace("\"dataProcessing\": true", "\"dataProcessing\": false");

        assertThat(consentMessage(postJson(body, Map.of()))).contains("Debe aceptar");
        assertThat(consentMessage(postJson(body, Map.of("Accept-Language", "en")))).contains("You must agree");
        assertThat(consentMessage(postJson(body, Map.of("Accept-Language", "sv-SE,sv;q=0.9")))).contains("Du måste");
        assertThat(consentMessage(postJson(body, Map.of("Accept-Language", "de")))).contains("Debe aceptar");
    }

    private String consentMessage(HttpResponse<String> response) {
        return json.readTree(response.body()).get("errors").valueStream()
                .filter(e -> e.get("field").asString().equals("consent.dataProcessing"))
                .findFirst().orElseThrow().get("message").asString();
    }

    @Test
    void malformedOrDeeplyNestedJsonIs400WithoutDetailsOfTheParser() {
        HttpResponse<String> malformed = postJson("{\"applicant\": ", Map.of());
        HttpResponse<String> nested = postJson("[".repeat(5000) + "]".repeat(5000), Map.of());

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(malformed.body() + nested.body()).doesNotContain("Exception", "tools.jackson", "line:");
    }

    @Test
    void wrongContentTypeIs415AsAProblem() {
        HttpResponse<String> response = post("/api/v1/submissions", "text/plain", validSubmission(), Map.of());

        assertProblem(response, 415);
        assertThat(json.readTree(response.body()).get("title").asString()).isEqualTo("Tipo de contenido no admitido");
        HttpResponse<String> form = post("/api/v1/submissions", "application/x-www-form-urlencoded", "fullName=x",
                Map.of("Accept-Language", "en"));
        assertProblem(form, 415);
        assertThat(json.readTree(form.body()).get("title").asString()).isEqualTo("Unsupported content type");
    }

    @Test
    void wrongMethodIs405AndAnAcceptWeCannotServeIs406AsProblems() {
        HttpResponse<String> get = get("/api/v1/submissions", Map.of());
        HttpResponse<String> html = postJson(validSubmission(), Map.of("Accept", "text/html"));

        assertProblem(get, 405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(html.statusCode()).isEqualTo(406);
        assertThat(html.body()).doesNotContain("Exception", "<html");
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void bodyOver64KiBIs413WhetherDeclaredOrStreamed() throws Exception {
        String huge = validSubmission().replace("Queremos", "x".repeat(70 * 1024));
        HttpResponse<String> declared = postJson(huge, Map.of());

        // No Content-Length: a streamed (chunked) body is cut off once it passes 64 KiB.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/submissions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> streamed = HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(streamed.statusCode()).isEqualTo(413);
    }

    @Test
    void malformedIdempotencyKeyIs400() {
        HttpResponse<String> response = postJson(validSubmission(), Map.of("Idempotency-Key", "short"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Idempotency-Key");
    }
}
