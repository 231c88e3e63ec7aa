package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.intake.IntakeTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input gets a clear problem, in the applicant's language, and never a stack trace. */
class SubmissionValidationIntegrationTest extends IntakeTestSupport {

    @Autowired
    JsonMapper json;

    static Stream<Arguments> invalidSubmissions() {
        String valid = validSubmission();
        return Stream.of(
                Arguments.of(valid.replace("\"María López\"", "\"M\""), "applicant.fullName"),
                Arguments.of(valid.replace("\"María López\"", "\"María\\r\\nBcc: x@evil.test\""), "applicant.fullName"),
                Arguments.of(valid.replace("maria.lopez@example.org", "not-an-email"), "applicant.email"),
                Arguments.of(valid.replace("maria.lopez@example.org", "maria@example.org\\nBcc: x@evil.test"), "applicant.email"),
                Arguments.of(valid.replace("\"GT\"", "\"SE\""), "municipality.country"),
                Arguments.of(valid.replace("\"dataProcessing\": true", "\"dataProcessing\": false"), "consent.dataProcessing"),
                Arguments.of(valid.replace("\"GENDER_BASED_VIOLENCE\"", "\"POLITICAL_PARTICIPATION\""), "focusAreas"),
                Arguments.of(valid.replace("[\"POLITICAL_PARTICIPATION\", \"GENDER_BASED_VIOLENCE\"]", "[]"), "focusAreas"),
                Arguments.of(valid.replace("\"GENDER_BASED_VIOLENCE\"", "\"KNITTING\""), "focusAreas[1]"),
                Arguments.of(valid.replace("Queremos fortalecer la participación política de las mujeres en nuestro municipio.",
                        "Muy corto"), "motivation"),
                Arguments.of(valid.replace("\"preferredLanguage\": \"es\"", "\"preferredLanguage\": \"fr\""),
                        "applicant.preferredLanguage"),
                Arguments.of(valid.replace("\"partnershipInterest\": true", "\"partnershipInterest\": true, \"admin\": true"),
                        "admin"),
                Arguments.of(valid.replace("\"partnershipInterest\": true", "\"partnershipInterest\": 1e999999"),
                        "partnershipInterest"));
    }

    /** The four cases intake once accepted and review then dead-lettered: checked after trimming, one email rule. */
    static Stream<Arguments> acceptedOnceRefusedByReview() {
        String valid = validSubmission();
        return Stream.of(
                Arguments.of(valid.replace("\"María López\"", "\"A \""), "applicant.fullName"),
                Arguments.of(valid.replace("Queremos fortalecer la participación política de las mujeres en nuestro municipio.",
                        "x".repeat(42) + " ".repeat(20)), "motivation"),
                Arguments.of(valid.replace("maria.lopez@example.org", "ana@alcaldia"), "applicant.email"),
                Arguments.of(valid.replace("\"maria.lopez@example.org\"", "\"\\\"quoted\\\"@example.org\""),
                        "applicant.email"));
    }

    /** Invisible and control characters beyond ASCII, and a notice the service does not publish. */
    static Stream<Arguments> unicodeAndNotice() {
        String valid = validSubmission();
        return Stream.of(
                Arguments.of(valid.replace("María López", "María\\u202eLópez"), "applicant.fullName"),
                Arguments.of(valid.replace("Sololá", "Sol\\u200bolá"), "municipality.region"),
                Arguments.of(valid.replace("Directora Municipal", "Directora\\u0085Municipal"), "applicant.position"),
                Arguments.of(valid.replace("Panajachel", "Pana\\u2028jachel"), "municipality.name"),
                Arguments.of(valid.replace("en nuestro municipio.", "en nuestro\\u2066 municipio."), "motivation"),
                Arguments.of(valid.replace("\"2024-01\"", "\"any string I like\""), "consent.noticeVersion"));
    }

    /** JSON types are strict: a number is not a name, "true" and 1 are not true, a number is not a focus area. */
    static Stream<Arguments> looseJsonTypes() {
        String valid = validSubmission();
        return Stream.of(
                Arguments.of(valid.replace("\"María López\"", "42"), "applicant.fullName"),
                Arguments.of(valid.replace("\"Panajachel\"", "true"), "municipality.name"),
                Arguments.of(valid.replace("\"dataProcessing\": true", "\"dataProcessing\": \"true\""), "consent.dataProcessing"),
                Arguments.of(valid.replace("\"dataProcessing\": true", "\"dataProcessing\": 1"), "consent.dataProcessing"),
                Arguments.of(valid.replace("\"local\": true", "\"local\": \"yes\""), "workshops.local"),
                Arguments.of(valid.replace("\"partnershipInterest\": true", "\"partnershipInterest\": null"), "partnershipInterest"),
                Arguments.of(valid.replace("[\"POLITICAL_PARTICIPATION\", \"GENDER_BASED_VIOLENCE\"]", "[0]"), "focusAreas[0]"));
    }

    @ParameterizedTest
    @MethodSource({"acceptedOnceRefusedByReview", "unicodeAndNotice", "looseJsonTypes"})
    void refusedWith400NamingTheField(String body, String field) {
        HttpResponse<String> response = postJson(body, Map.of("Accept-Language", "en"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList()).containsExactly(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).doesNotStartWith("validation.");
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

    @ParameterizedTest
    @MethodSource("invalidSubmissions")
    void invalidFieldIsNamedInTheProblem(String body, String field) {
        HttpResponse<String> response = postJson(body, Map.of());

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
