package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.intake.IntakeTestSupport;
import se.icld.gendernetwork.testsupport.ApiDocuments;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI document equals the checked-in copy ({@code openapi/intake-api.json}), so an API
 * change shows as a diff in review. After a deliberate change, write the copy anew with
 * {@code -Dopenapi.write=true} and commit it.
 */
class ApiDocumentIntegrationTest extends IntakeTestSupport {

    static final Path COPY = Path.of("openapi", "intake-api.json");

    @Test
    void theServedDocumentIsTheCheckedInOne() throws IOException {
        HttpResponse<String> response = get("/v3/api-docs", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode served = ApiDocuments.assertIsTheCheckedInCopy(response.body(), COPY);

        JsonNode submit = served.path("paths").path("/api/v1/submissions").path("post");
        assertThat(submit.path("responses").propertyNames()).contains("202", "400", "413", "429", "503");
        assertThat(submit.path("parameters").get(0).path("name").asString()).isEqualTo("Idempotency-Key");
        assertThat(served.path("info").path("description").asString()).contains("Idempotency-Key");
    }
}
