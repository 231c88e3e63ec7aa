package se.icld.gendernetwork.intake.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.intake.PrivateBrokerTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guarantee 1 with the broker really stopped: 503 + Retry-After in bounded time, saying honestly
 * that the submission may still have been saved and naming the key to send it again with; the
 * applicant's input kept with the same idempotency key, and intake still ready (it answers for itself).
 */
class BrokerOutageIntegrationTest extends PrivateBrokerTestSupport {

    /** The bounded wait, with room for a busy build machine. */
    static final Duration ANSWER_WITHIN = PUBLISH_TIMEOUT.plusSeconds(5);

    @Autowired
    JsonMapper json;

    @Test
    void withTheBrokerDownTheApiAnswers503WithRetryAfterInBoundedTime() {
        stopBroker();

        for (String key : new String[] {"api-" + UUID.randomUUID(), "api-" + UUID.randomUUID()}) {
            long start = System.nanoTime();
            HttpResponse<String> api = postJson(validSubmission(),
                    Map.of("Idempotency-Key", key, "X-Forwarded-For", "192.0.2.10"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(took).isLessThan(ANSWER_WITHIN);
            assertThat(api.headers().firstValue("Retry-After")).contains("30");
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(api.body());
            assertThat(problem.get("detail").asString()).contains("Es posible que se haya guardado",
                    "la misma Idempotency-Key", "no se duplicará");
            assertThat(problem.get("idempotencyKey").asString()).as("the key to send it again with").isEqualTo(key);
        }
        HttpResponse<String> withoutKey = postJson(validSubmission(), Map.of("X-Forwarded-For", "192.0.2.12",
                "Accept-Language", "en"));
        assertThat(withoutKey.statusCode()).isEqualTo(503);
        assertThat(json.readTree(withoutKey.body()).get("detail").asString()).contains("may have been saved",
                "send exactly the same submission again");
        assertThat(json.readTree(withoutKey.body()).has("idempotencyKey")).isFalse();
        assertThat(get("/readyz", Map.of()).statusCode())
                .as("intake stays in rotation and answers for itself").isEqualTo(200);
    }

    @Test
    void withTheBrokerDownTheFormComesBackWith503EverythingTypedAndTheSameKey() {
        String key = formKey(get("/?call=network-2024", Map.of()).body());
        stopBroker();

        long start = System.nanoTime();
        HttpResponse<String> form = postForm(validForm(key, "es"), Map.of("X-Forwarded-For", "192.0.2.11"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(form.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(ANSWER_WITHIN);
        assertThat(form.headers().firstValue("Retry-After")).contains("30");
        assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(form.body()).contains("role=\"alert\"", "Es posible que se haya guardado de todos modos",
                "no se duplicará",
                "value=\"María López\"", "value=\"maria.lopez@example.org\"", "value=\"Panajachel\"",
                ">Queremos fortalecer la participación política de las mujeres en nuestro municipio.</textarea>");
        assertThat(formKey(form.body())).as("the same page: the same key, so a retry is the same application")
                .isEqualTo(key);
    }
}
