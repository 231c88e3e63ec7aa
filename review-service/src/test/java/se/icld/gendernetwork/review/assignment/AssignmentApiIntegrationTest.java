package se.icld.gendernetwork.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.ReviewTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Assignments over HTTP on the whole service: an admin spreads applications over two reviewers and
 * assigns one by hand; conflicted reviewers are never assigned, those of the applicant's
 * municipality are conflicted from registration; reviewers may not assign. And the panel's metrics.
 */
class AssignmentApiIntegrationTest extends ReviewTestSupport {

    private static final String REVIEW = "{\"scores\":{\"leadership-commitment\":4,\"focus-relevance\":3,"
            + "\"workshop-capacity\":3,\"partnership-potential\":3},\"recommendation\":\"ACCEPT\"}";

    @Autowired
    MeterRegistry meters;

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }

    @Test
    void anAdminSpreadsTwelveApplicationsOverTwoReviewersBalancedAndAReviewerMayNot() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(registerApplication());
        }

        assertThat(post("/api/v1/review/assignments", "alice", "{\"reviewers\":[\"alice\"]}").statusCode()).isEqualTo(403);
        HttpResponse<String> spread = post("/api/v1/review/assignments", "admin",
                "{\"reviewers\":[\"spread-a\",\"spread-b\"],\"perApplication\":1}");

        assertThat(spread.statusCode()).isEqualTo(200);
        JsonNode load = body(spread).get("load");
        assertThat(Math.abs(load.get("spread-a").asLong() - load.get("spread-b").asLong()))
                .as("balanced over every undecided application").isLessThanOrEqualTo(1);
        Map<String, Integer> mine = new HashMap<>();
        for (UUID id : ids) {
            JsonNode assignees = body(get(app(id), "admin")).get("assignees");
            assertThat(assignees).hasSize(1);
            mine.merge(assignees.get(0).asString(), 1, Integer::sum);
        }
        assertThat(mine.keySet()).containsExactlyInAnyOrder("spread-a", "spread-b");
        assertThat(Math.abs(mine.get("spread-a") - mine.get("spread-b"))).isLessThanOrEqualTo(2);

        HttpResponse<String> again = post("/api/v1/review/assignments", "admin",
                "{\"reviewers\":[\"spread-a\",\"spread-b\"],\"perApplication\":1}");
        assertThat(body(again).get("assigned").asInt()).as("nothing left to give").isZero();
        assertThat(post("/api/v1/review/assignments", "admin", "{\"reviewers\":[]}").statusCode()).isEqualTo(400);
    }

    @Test
    void anAdminAssignsByHandNeverSomeoneConflictedAndNotOnceDecided() {
        UUID id = registerApplication();

        HttpResponse<String> assigned = request("PUT", app(id) + "/assignees", "admin", "{\"reviewers\":[\"alice\",\"bob\"]}");
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(body(assigned).get("assignees").toString()).isEqualTo("[\"alice\",\"bob\"]");
        assertThat(request("PUT", app(id) + "/assignees", "alice", "{\"reviewers\":[\"alice\"]}").statusCode())
                .as("admins only").isEqualTo(403);

        post(app(id) + "/conflict", "bob", "{\"reason\":\"Conozco a la alcaldesa\"}");
        assertThat(body(get(app(id), "admin")).get("assignees").toString()).isEqualTo("[\"alice\"]");
        HttpResponse<String> conflicted = request("PUT", app(id) + "/assignees", "admin", "{\"reviewers\":[\"bob\"]}");
        assertRefused(conflicted, 403, "conflict-of-interest");

        post(app(id) + "/claim", "alice", null);
        post(app(id) + "/decision", "alice", "{\"outcome\":\"REJECTED\"}");
        HttpResponse<String> decided = request("PUT", app(id) + "/assignees", "admin", "{\"reviewers\":[\"carol\"]}");
        assertRefused(decided, 409, "illegal-transition");
    }

    @Test
    void aReviewerOfTheApplicantsMunicipalityIsConflictedFromRegistrationAndNeverAssigned() {
        UUID id = registerFrom("Villa Prueba", "CO");
        UUID elsewhere = registerFrom("Otra Villa", "CO");

        JsonNode view = body(get(app(id), "admin"));
        assertThat(view.get("conflicts").get(0).get("reviewer").asString()).isEqualTo("erin");
        assertThat(view.get("conflicts").get(0).get("declaredBy").asString()).isEqualTo(AutoConflicts.BY);
        assertThat(body(get(app(elsewhere), "admin")).get("conflicts")).isEmpty();
        assertThat(post(app(id) + "/claim", "erin", null).statusCode()).isEqualTo(403);
        assertThat(body(get("/api/v1/review/queue?q=Villa%20Prueba", "erin")).get("total").asLong()).isZero();
        assertThat(request("PUT", app(id) + "/assignees", "admin", "{\"reviewers\":[\"erin\"]}").statusCode()).isEqualTo(403);

        post("/api/v1/review/assignments", "admin", "{\"reviewers\":[\"erin\",\"spread-c\"],\"perApplication\":2}");
        assertThat(body(get(app(id), "admin")).get("assignees").toString()).isEqualTo("[\"spread-c\"]");
        assertThat(body(get(app(elsewhere), "admin")).get("assignees").toString()).contains("erin");
    }

    @Test
    void theFirstReviewAndTheDecisionAreMeasured() {
        UUID id = registerApplication();
        long firstReviews = meters.get("review.time.to.first.review").timer().count();
        long decisions = meters.get("review.reviews.per.application").summary().count();

        post(app(id) + "/reviews", "alice", REVIEW);
        post(app(id) + "/reviews", "alice", REVIEW);
        post(app(id) + "/reviews", "bob", REVIEW);
        post(app(id) + "/claim", "carol", null);
        post(app(id) + "/decision", "carol", "{\"outcome\":\"ACCEPTED\"}");

        assertThat(meters.get("review.time.to.first.review").timer().count()).as("the first review only").isEqualTo(firstReviews + 1);
        assertThat(meters.get("review.reviews.per.application").summary().count()).isEqualTo(decisions + 1);
        assertThat(meters.get("review.reviews.per.application").summary().max()).isGreaterThanOrEqualTo(2);
    }

    private UUID registerFrom(String municipality, String country) {
        UUID id = UUID.randomUUID();
        InterestSubmitted s = json.readValue(submissionJson(id).replace("\"Panajachel\"", "\"" + municipality + "\"")
                .replace("\"country\": \"GT\"", "\"country\": \"" + country + "\""), InterestSubmitted.class);
        registrations.register(new InterestSubmitted(s.eventId(), clock.instant().truncatedTo(ChronoUnit.MILLIS), id,
                s.reference(), s.contentHash(), s.applicant(), s.municipality(), s.motivation(), s.focusAreas(),
                s.workshops(), s.partnershipInterest(), s.mentorshipInterest(), s.consent()));
        return id;
    }
}
