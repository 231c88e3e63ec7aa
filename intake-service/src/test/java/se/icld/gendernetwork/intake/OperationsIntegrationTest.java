package se.icld.gendernetwork.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What operators scrape and probe. */
class OperationsIntegrationTest extends IntakeTestSupport {

    @Autowired
    JsonMapper json;

    @Test
    void prometheusShowsEverySubmissionOutcomeFromZeroAndThePublishTimer() {
        String metrics = get("/actuator/prometheus", Map.of()).body();

        List<String> submissions = metrics.lines().filter(l -> l.startsWith("intake_submissions_total{")).toList();
        // 4 outcomes x (CO, GT, other, unknown) x (api, form), each there before its first event.
        assertThat(submissions).hasSize(32);
        assertThat(submissions).anySatisfy(line -> assertThat(line).contains("channel=\"form\"", "country=\"CO\"",
                "outcome=\"unavailable\""));
        assertThat(submissions).anySatisfy(line -> assertThat(line).contains("channel=\"api\"", "country=\"other\"",
                "outcome=\"rate_limited\""));
        assertThat(metrics).contains("intake_publish_seconds_count", "intake_publish_seconds_bucket");
    }

    @Test
    void readinessIgnoresTheBrokerWhileHealthStillShowsIt() {
        HttpResponse<String> readiness = get("/actuator/health/readiness", Map.of());
        JsonNode health = json.readTree(get("/actuator/health", Map.of()).body());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readiness.body()).get("components").propertyNames()).containsExactly("readinessState");
        assertThat(health.get("components").has("kafka")).isTrue();
    }
}
