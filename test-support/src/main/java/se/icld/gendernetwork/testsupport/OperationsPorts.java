package se.icld.gendernetwork.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What every service serves where: on the application port (the one an ingress routes) the two probes
 * and nothing else of the actuator; on the management port health, info and the Prometheus scrape.
 * One check for the three services, so that they cannot drift apart.
 */
public final class OperationsPorts {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OperationsPorts() {
    }

    /**
     * Asserts the split. The service must be ready (its readiness probe answers 200).
     *
     * @param applicationPort the port of the API and pages
     * @param managementPort the actuator's own port
     */
    public static void assertOperationsOnlyOnTheManagementPort(int applicationPort, int managementPort) {
        assertThat(managementPort).as("a port of its own").isNotEqualTo(applicationPort);

        assertThat(get(applicationPort, "/livez").statusCode()).as("liveness on the application port").isEqualTo(200);
        HttpResponse<String> readiness = get(applicationPort, "/readyz");
        assertThat(readiness.statusCode()).as("readiness on the application port").isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/readiness",
                "/actuator/info", "/actuator/prometheus", "/actuator/metrics", "/actuator/env"}) {
            HttpResponse<String> response = get(applicationPort, path);
            assertThat(response.statusCode()).as("%s on the application port", path).isIn(401, 403, 404);
            assertThat(response.body()).as("%s on the application port", path)
                    .doesNotContain("# TYPE", "\"status\":\"UP\"", "_links");
        }

        assertThat(scrape(managementPort)).as("the scrape on the management port, without a sign-in")
                .contains("# TYPE jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    /** The Prometheus scrape of the service whose management port this is (asserted 200). */
    public static String scrape(int managementPort) {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).as("the Prometheus scrape").isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(path + " on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
