package se.icld.gendernetwork.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

import se.icld.gendernetwork.testsupport.OperationsPorts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What operators scrape and probe: the probes on the application port, the rest on the management port. */
class OperationsIntegrationTest extends IntakeTestSupport {

    @Autowired
    JsonMapper json;

    @LocalManagementPort
    int managementPort;

    @Test
    void theApplicationPortServesTheProbesOnlyAndTheManagementPortTheRest() {
        OperationsPorts.assertOperationsOnlyOnTheManagementPort(port, managementPort);
    }

    @Test
    void prometheusShowsEverySubmissionOutcomeFromZeroAndThePublishTimer() {
        String metrics = OperationsPorts.scrape(managementPort);

        List<String> submissions = metrics.lines().filter(l -> l.startsWith("intake_submissions_total{")).toList();
        // 5 outcomes x (CO, GT, other, unknown) x (api, form), each there before its first event.
        assertThat(submissions).hasSize(40);
        assertThat(submissions).anySatisfy(line -> assertThat(line).contains("channel=\"form\"", "country=\"CO\"",
                "outcome=\"unavailable\""));
        assertThat(submissions).anySatisfy(line -> assertThat(line).contains("channel=\"api\"", "country=\"other\"",
                "outcome=\"rate_limited\""));
        assertThat(metrics).contains("intake_publish_seconds_count", "intake_publish_seconds_bucket");
    }

    @Test
    void readinessIgnoresTheBrokerWhileHealthStillShowsIt() {
        HttpResponse<String> readiness = get("/readyz", Map.of());
        JsonNode health = json.readTree(get(managementPort, "/actuator/health").body());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readiness.body()).get("components").propertyNames()).containsExactly("readinessState");
        assertThat(health.get("components").has("kafka")).isTrue();
    }
}
