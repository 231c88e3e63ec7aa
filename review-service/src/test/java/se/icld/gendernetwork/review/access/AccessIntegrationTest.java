package se.icld.gendernetwork.review.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.review.console.PageClient;
import tools.jackson.databind.JsonNode;

/**
 * Who looked: each opening of an application's detail (API or console) and each export that
 * contained it is recorded, and an admin lists them per application; exports leave phone numbers
 * out unless asked for.
 */
class AccessIntegrationTest extends ReviewTestSupport {

    @Test
    void everyLookIsRecordedAndAnAdminListsThemNewestFirst() {
        UUID id = registerApplication();
        assertThat(get(app(id), "alice").statusCode()).isEqualTo(200);
        PageClient console = new PageClient(port);
        console.login("carol", "carol-pw");
        assertThat(console.get("/console/applications/" + id).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/review/export.csv", "admin").statusCode()).isEqualTo(200);

        assertThat(get(app(id) + "/accesses", "alice").statusCode()).as("admins only").isEqualTo(403);
        JsonNode accesses = body(get(app(id) + "/accesses", "admin"));

        assertThat(accesses).hasSize(3);
        assertThat(accesses.get(0).get("by").asString()).isEqualTo("admin");
        assertThat(accesses.get(0).get("kind").asString()).isEqualTo("EXPORTED");
        assertThat(accesses.get(1).get("by").asString()).isEqualTo("carol");
        assertThat(accesses.get(1).get("kind").asString()).isEqualTo("VIEWED");
        assertThat(accesses.get(2).get("by").asString()).isEqualTo("alice");
        assertThat(accesses.get(2).has("at")).isTrue();
        assertThat(body(get(app(UUID.randomUUID()) + "/accesses", "admin"))).as("nobody looked").isEmpty();
    }

    @Test
    void theExportLeavesPhoneNumbersOutUnlessAskedFor() {
        registerApplication();

        String without = get("/api/v1/review/export.csv", "admin").body();
        String with = get("/api/v1/review/export.csv?phone=true", "admin").body();

        assertThat(without.lines().findFirst().orElseThrow()).doesNotContain("phone").contains("email");
        assertThat(with.lines().findFirst().orElseThrow()).contains(",phone,");
        assertThat(with).contains("+502");
        assertThat(without).doesNotContain("+502");
    }

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }
}
