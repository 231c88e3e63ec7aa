package se.icld.gendernetwork.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A served OpenAPI document against its checked-in copy, so an API change shows as a diff in review.
 * With {@code -Dopenapi.write=true} the copy is written anew first (after a deliberate change; commit it).
 */
public final class ApiDocuments {

    private ApiDocuments() {
    }

    /** Asserts the served document equals {@code copy}; returns it parsed, for further checks. */
    public static JsonNode assertIsTheCheckedInCopy(String served, Path copy) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        JsonNode document = json.readTree(served);
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(copy, json.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(copy).as("the checked-in copy (write it with -Dopenapi.write=true)").exists();
        assertThat(document).as("the served document differs from %s: if the change is meant, run the test with "
                + "-Dopenapi.write=true and commit the file", copy).isEqualTo(json.readTree(Files.readString(copy)));
        return document;
    }
}
