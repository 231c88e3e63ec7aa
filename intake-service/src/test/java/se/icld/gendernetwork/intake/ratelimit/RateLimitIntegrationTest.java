package se.icld.gendernetwork.intake.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.intake.PrivateBrokerTestSupport;
import tools.jackson.databind.json.JsonMapper;

/** 10 submissions a minute per client (the default), counted before anything is parsed or published. */
class RateLimitIntegrationTest extends PrivateBrokerTestSupport {

    @Autowired
    JsonMapper json;

    @Test
    void theEleventhSubmissionInAMinuteIs429WithRetryAfterOnTheApiAndTheForm() {
        Map<String, String> client = Map.of("X-Forwarded-For", "198.51.100.23", "Accept-Language", "en");
        for (int i = 0; i < 10; i++) {
            // Malformed on purpose: each attempt counts, and none of them needs the broker.
            assertThat(postJson("{", client).statusCode()).as("attempt %d", i + 1).isEqualTo(400);
        }

        HttpResponse<String> api = postJson(validSubmission(), client);
        String key = formKey(get("/?call=network-2024&lang=en", Map.of()).body());
        HttpResponse<String> form = postForm(validForm(key, "en"), Map.of("X-Forwarded-For", "198.51.100.23"));
        HttpResponse<String> someoneElse = postJson("{", Map.of("X-Forwarded-For", "198.51.100.24"));

        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json.readTree(api.body()).get("title").asString()).isEqualTo("Too many requests");
        assertThat(Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);

        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(form.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(form.body()).contains("Too many submissions in a row", "value=\"María López\"",
                "value=\"Panajachel\"");
        assertThat(formKey(form.body())).isEqualTo(key);

        assertThat(someoneElse.statusCode()).as("another client is not limited").isEqualTo(400);
    }
}
