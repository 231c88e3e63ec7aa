package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.intake.IntakeTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document equals the checked-in copy ({@code openapi/intake-api.json}), so an API
 * change shows as a diff in review. After a deliberate change, write the copy anew with
 * {@code -Dopenapi.write=true} and commit it.
 */
class ApiDocumentIntegrationTest extends IntakeTestSupport {

    static final Path COPY = Path.of("openapi", "intake-api.json");

    @Autowired
    JsonMapper json;

    @Test
    void theServedDocumentIsTheCheckedInOne() throws IOException {
        HttpResponse<String> response = get("/v3/api-docs", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode served = json.readTree(response.body());
        String pretty = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COPY, pretty, StandardCharsets.UTF_8);
        }

        assertThat(COPY).as("the checked-in copy (write it with -Dopenapi.write=true)").exists();
        assertThat(served).as("the served document differs from %s: if the change is meant, run the test with "
                + "-Dopenapi.write=true and commit the file", COPY).isEqualTo(json.readTree(Files.readString(COPY)));

        JsonNode submit = served.path("paths").path("/api/v1/submissions").path("post");
        assertThat(submit.path("responses").propertyNames()).contains("202", "400", "413", "429", "503");
        assertThat(submit.path("parameters").get(0).path("name").asString()).isEqualTo("Idempotency-Key");
        assertThat(served.path("info").path("description").asString()).contains("Idempotency-Key");
    }
}
