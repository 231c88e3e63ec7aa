package se.icld.gendernetwork.review.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.delivery.NotificationFailed;
import se.icld.gendernetwork.contracts.delivery.NotificationSent;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.delivery.DeliveryReports;
import tools.jackson.databind.JsonNode;

/**
 * The applicant's copy of their data on the whole service: the JSON file from the status page's
 * link holds the application as stored, the consent's notice version, the history, the messages
 * both sides wrote and the emails as reported; never a reviewer's note or name or a delivery
 * failure's technical reason; an attachment that no cache keeps; a wrong token is the status page's 404.
 */
class ApplicantDataIntegrationTest extends ReviewTestSupport {

    @Autowired
    Applications applications;

    @Test
    void theDownloadHoldsEverythingAboutTheApplicantAndNothingOfTheTeamsOwn() {
        UUID id = registerApplication("María López");
        String token = new StatusToken(SECRET).tokenFor(id);
        String note = "Internal: check with the embassy " + UUID.randomUUID();
        String reason = "550 5.1.1 relay.internal.example rejected " + UUID.randomUUID();
        String app = "/api/v1/review/applications/" + id;
        post(app + "/claim", "alice", null);
        post(app + "/notes", "alice", "{\"text\":\"" + note + "\"}");
        post(app + "/info-request", "alice", "{\"message\":\"¿Quién más participará?\"}");
        assertThat(post("/api/v1/applications/" + id + "/information?token=" + token, null,
                "{\"message\":\"La coordinadora de la oficina de la mujer.\"}").statusCode()).isEqualTo(200);
        post(app + "/claim", "alice", null);
        assertThat(post(app + "/decision", "alice", "{\"outcome\":\"ACCEPTED\",\"message\":\"¡Bienvenida a la red!\"}").statusCode()).isEqualTo(200);
        var at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        applications.appendOnce(id, DeliveryReports.entryFor(
                new NotificationSent(UUID.randomUUID(), at, id, UUID.randomUUID(), "receipt", "es", "<m1@test>")));
        applications.appendOnce(id, DeliveryReports.entryFor(
                new NotificationFailed(UUID.randomUUID(), at, id, UUID.randomUUID(), "decision-accepted", "es", reason)));

        HttpResponse<String> response = get("/status/" + id + "/data.json?token=" + token, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment").contains("filename=\"gender-network-GEN-"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode data = body(response);
        assertThat(data.get("format").asString()).isEqualTo("gender-network/applicant-data/v1");
        assertThat(data.get("submissionId").asString()).isEqualTo(id.toString());
        assertThat(data.get("reference").asString()).matches("GEN-.*");
        assertThat(data.get("status").asString()).isEqualTo("ACCEPTED");
        JsonNode applicant = data.get("applicant");
        assertThat(applicant.get("fullName").asString()).isEqualTo("María López");
        assertThat(applicant.get("email").asString()).isEqualTo("maria.lopez@example.org");
        assertThat(applicant.get("phone").asString()).isEqualTo("+502 5555 1234");
        assertThat(applicant.get("position").asString()).isEqualTo("Directora Municipal de la Mujer");
        assertThat(applicant.get("language").asString()).isEqualTo("es");
        assertThat(data.get("municipality").get("name").asString()).isEqualTo("Panajachel");
        assertThat(data.get("municipality").get("region").asString()).isEqualTo("Sololá");
        assertThat(data.get("municipality").get("country").asString()).isEqualTo("GT");
        assertThat(data.get("motivation").asString()).startsWith("Queremos fortalecer");
        assertThat(data.get("interest").get("focusAreas").values()).extracting(JsonNode::asString)
                .containsExactly("POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE");
        assertThat(data.get("interest").get("mentorship").asBoolean()).isTrue();
        assertThat(data.get("consent").get("noticeVersion").asString()).isEqualTo("2024-01");
        assertThat(data.get("decision").get("message").asString()).isEqualTo("¡Bienvenida a la red!");
        assertThat(data.get("history").values()).extracting(h -> h.get("action").asString())
                .containsExactly("REGISTERED", "CLAIMED", "INFO_REQUESTED", "INFO_PROVIDED", "CLAIMED", "DECIDED");
        assertThat(data.get("history").values()).extracting(h -> h.get("by").asString())
                .containsExactly("SYSTEM", "PROGRAMME_TEAM", "PROGRAMME_TEAM", "APPLICANT", "PROGRAMME_TEAM", "PROGRAMME_TEAM");
        assertThat(data.get("messages").values()).extracting(m -> m.get("from").asString() + ": " + m.get("text").asString())
                .containsExactly("PROGRAMME_TEAM: ¿Quién más participará?",
                        "APPLICANT: La coordinadora de la oficina de la mujer.", "PROGRAMME_TEAM: ¡Bienvenida a la red!");
        assertThat(data.get("emails").values()).extracting(e -> e.get("template").asString() + " "
                + e.get("language").asString() + " " + e.get("status").asString() + " " + !e.get("at").isNull())
                .containsExactly("receipt es SENT true", "decision-accepted es FAILED true");
        assertThat(response.body()).as("the team's own: notes, reviewers' names, the mail server's reply")
                .doesNotContain(note, "alice", "bob", reason, "relay.internal", "notes", "claim\"", "outbox", "codeHash");
        assertThat(fieldNames(data)).isEqualTo(Set.of("format", "exportedAt", "reference", "submissionId", "submittedAt",
                "status", "applicant", "pendingEmail", "municipality", "motivation", "interest", "consent", "decision",
                "history", "messages", "emails", "partnership", "mentor"));
        assertThat(data.get("partnership").isNull()).as("a network application").isTrue();
        assertThat(data.get("mentor").isNull()).isTrue();

        HttpResponse<String> page = get("/status/" + id + "/data?token=" + token + "&lang=en", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("María López", "maria.lopez@example.org", "+502 5555 1234", "version 2024-01",
                "¡Bienvenida a la red!", "Receipt (Español): sent", "Decision: accepted (Español): could not be sent")
                .doesNotContain(note, "alice", "bob", reason);
    }

    @Test
    void aWrongTokenIsTheSameNotFoundAsTheStatusPage() {
        UUID id = registerApplication();
        String wrong = new StatusToken(SECRET).tokenFor(UUID.randomUUID());

        for (String path : List.of("/status/" + id, "/status/" + id + "/data.json", "/status/" + id + "/data")) {
            assertThat(get(path + "?token=" + wrong, null).statusCode()).as(path).isEqualTo(404);
            assertThat(get(path, null).statusCode()).as(path + " without a token").isEqualTo(404);
        }
        HttpResponse<String> unknown = get("/status/" + UUID.randomUUID() + "/data.json?token=" + wrong, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("María");
    }

    private static Set<String> fieldNames(JsonNode node) {
        return Set.copyOf(node.propertyNames());
    }
}
