package se.icld.gendernetwork.intake.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.intake.IntakeTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls on the whole service: the public list, a submission before the opening or after the
 * closing refused with 409 (API and form), the form's closed page with the dates, and the time left
 * near a deadline stated on the page as served.
 */
class CallsIntegrationTest extends IntakeTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCallsAreListedPubliclyWithWhereEachStands() {
        HttpResponse<String> response = get("/api/v1/calls", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode calls = JSON.readTree(response.body());
        assertThat(calls).hasSize(5);
        assertThat(calls.get(0).get("id").asString()).isEqualTo("network-2024");
        assertThat(calls.get(0).get("phase").asString()).isEqualTo("OPEN");
        assertThat(calls.get(0).get("closesAt").isNull()).isTrue();
        assertThat(calls.get(1).get("phase").asString()).isEqualTo("AFTER");
        assertThat(calls.get(1).get("closesAt").asString()).isEqualTo("2025-07-01T04:59:59Z");
        assertThat(calls.get(2).get("phase").asString()).isEqualTo("BEFORE");
        assertThat(calls.get(3).get("timeZone").asString()).isEqualTo("America/Bogota");
        assertThat(calls.get(3).get("title").get("sv").asString()).isEqualTo("Title closing-call sv");
    }

    @Test
    void theApiRefusesAClosedOrNotYetOpenCallWith409AndAnUnknownOneWith400() {
        HttpResponse<String> closed = postJson(withCall("closed-call"), Map.of());
        HttpResponse<String> future = postJson(withCall("future-call"), Map.of());
        HttpResponse<String> unknown = postJson(withCall("no-such-call"), Map.of());
        HttpResponse<String> open = postJson(withCall("closing-call"), Map.of());

        assertThat(closed.statusCode()).isEqualTo(409);
        JsonNode problem = JSON.readTree(closed.body());
        assertThat(problem.get("code").asString()).isEqualTo("call-closed");
        assertThat(problem.get("callId").asString()).isEqualTo("closed-call");
        assertThat(problem.get("closesAt").asString()).isEqualTo("2025-07-01T04:59:59Z");
        assertThat(closed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(future.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(future.body()).get("code").asString()).isEqualTo("call-not-open");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("errors").get(0).get("field").asString()).isEqualTo("callId");
        assertThat(open.statusCode()).isEqualTo(202);
    }

    @Test
    void theFormOfAClosedCallSaysSoWithTheDateAndHasNoForm() {
        String page = get("/?call=closed-call&lang=en", Map.of()).body();

        assertThat(page).contains("This call is closed", "It closed on 30 June 2025, 23:59 (Colombia Time)")
                .doesNotContain("id=\"application\"");
        String future = get("/?call=future-call&lang=es", Map.of()).body();
        assertThat(future).contains("Esta convocatoria todavía no está abierta", "Abre el 1 de enero de 2099, 00:00")
                .doesNotContain("id=\"application\"");
    }

    @Test
    void aFormSentAfterTheCallClosedIsRefusedWith409AndTheClosedPage() {
        String key = formKey(get("/?call=closing-call", Map.of()).body());

        HttpResponse<String> response = postForm(with(validForm(key, "en"), "lang", "en"), Map.of());
        assertThat(response.statusCode()).as("still open").isEqualTo(200);

        var fields = validForm(formKey(get("/?call=network-2024", Map.of()).body()), "en");
        fields.add(Map.entry("callId", "closed-call"));
        HttpResponse<String> closed = postForm(fields, Map.of());
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("The call has closed", "This call is closed");
    }

    @Test
    void nearTheDeadlineThePageStatesTheTimeLeftAndLinksTheOtherOpenCalls() {
        String page = get("/?call=closing-call&lang=en", Map.of()).body();

        assertThat(page).containsPattern("id=\"countdown\"[^>]*>2 days and (11|12) hours left to send your expression of interest");
        assertThat(page).contains("Other open calls:", "href=\"/?call=network-2024&amp;lang=en\"");
        assertThat(get("/?call=network-2024&lang=en", Map.of()).body()).doesNotContain("id=\"countdown\"")
                .contains("Open until further notice.");
    }

    private static String withCall(String callId) {
        String body = validSubmission().strip();
        return body.substring(0, body.length() - 1) + ", \"callId\": \"" + callId + "\"}";
    }
}
