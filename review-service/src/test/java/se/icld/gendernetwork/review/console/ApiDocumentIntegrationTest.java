package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.ApiDocuments;
import tools.jackson.databind.JsonNode;

/**
 * The APIs' OpenAPI document and its UI are for admins (signed in to the console), and the served
 * document equals the checked-in copy ({@code openapi/review-api.json}), so an API change shows as a
 * diff. After a deliberate change, write the copy anew with {@code -Dopenapi.write=true} and commit it.
 */
class ApiDocumentIntegrationTest extends ReviewTestSupport {

    static final Path COPY = Path.of("openapi", "review-api.json");

    @Test
    void adminsReadTheDocumentAndItIsTheCheckedInOne() throws IOException {
        assertThat(new PageClient(port).get("/v3/api-docs").statusCode()).as("anonymous").isEqualTo(404);
        PageClient reviewer = new PageClient(port);
        reviewer.login("alice");
        assertThat(reviewer.get("/v3/api-docs").statusCode()).as("a reviewer").isEqualTo(403);

        PageClient admin = new PageClient(port);
        admin.login("admin");
        HttpResponse<String> response = admin.get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(admin.get("/swagger-ui/index.html").statusCode()).as("the UI").isEqualTo(200);

        JsonNode served = ApiDocuments.assertIsTheCheckedInCopy(response.body(), COPY);

        JsonNode decision = served.path("paths").path("/api/v1/review/applications/{id}/decision").path("post");
        assertThat(decision.path("responses").propertyNames()).contains("200", "400", "401", "403", "404", "409", "413");
        assertThat(decision.path("responses").path("409").path("description").asString()).contains("concurrent-change");
        assertThat(served.path("paths").propertyNames()).contains("/api/v1/review/queue",
                "/api/v1/applications/{id}/status", "/api/v1/review/export.csv");
        assertThat(served.path("components").path("schemas").has("ProblemDetail")).isTrue();
    }
}
