package se.icld.gendernetwork.review.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.OperationsPorts;
import tools.jackson.databind.JsonNode;

class QueueStatsExportIntegrationTest extends ReviewTestSupport {

    /** The actuator's own port (health, info, the Prometheus scrape). */
    @LocalManagementPort
    int managementPort;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAbandonedClaimExpiresAndTheApplicationReturnsToTheQueue() {
        UUID id = registerApplication();
        assertThat(post(app(id) + "/claim", "alice", null).statusCode()).isEqualTo(200);
        assertThat(post(app(id) + "/claim", "bob", null).statusCode()).isEqualTo(409);

        clock.advance(Duration.ofMinutes(31));

        HttpResponse<String> bob = post(app(id) + "/claim", "bob", null);
        assertThat(bob.statusCode()).isEqualTo(200);
        assertThat(body(bob).get("claim").get("reviewer").asString()).isEqualTo("bob");
        assertThat(post(app(id) + "/decision", "alice", "{\"outcome\":\"REJECTED\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void queueFiltersByTextAndIsOldestFirstWithAges() {
        UUID first = registerApplication();
        clock.advance(Duration.ofMinutes(5));
        UUID second = registerApplication();

        JsonNode page = body(get("/api/v1/review/queue?q=panaJACHEL&country=gt&status=RECEIVED&size=100", "bob"));
        List<String> ids = page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
        assertThat(ids).containsSubsequence(first.toString(), second.toString());
        assertThat(page.get("items").get(0).get("age").asString()).startsWith("PT");
        assertThat(body(get("/api/v1/review/queue?q=" + "Nowhere-" + UUID.randomUUID(), "bob")).get("total").asInt())
                .isZero();
        assertThat(body(get("/api/v1/review/queue?q=.*&size=1", "bob")).get("total").asInt()).isZero();
    }

    @Test
    void theQueueCanBeWalkedByPositionAsByPageNumber() {
        for (int i = 0; i < 3; i++) {
            registerApplication();
        }
        String filter = "/api/v1/review/queue?country=GT&size=2";
        List<String> byNumber = new java.util.ArrayList<>();
        long total = body(get(filter, "bob")).get("total").asLong();
        for (int page = 0; page < (total + 1) / 2; page++) {
            body(get(filter + "&page=" + page, "bob")).get("items").valueStream().forEach(i -> byNumber.add(i.get("id").asString()));
        }
        List<String> byPosition = new java.util.ArrayList<>();
        JsonNode page = body(get(filter, "bob"));
        while (true) {
            page.get("items").valueStream().forEach(i -> byPosition.add(i.get("id").asString()));
            if (page.get("next").isNull()) {
                break;
            }
            page = body(get(filter + "&after=" + page.get("next").asString(), "bob"));
            assertThat(page.get("page").isNull()).isTrue();
        }

        assertThat(byPosition).hasSizeGreaterThanOrEqualTo(3).isEqualTo(byNumber);
        assertThat(get(filter + "&after=nonsense", "bob").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ?page=abc              | page
            ?page=99999999999      | page
            ?page=2147483647       | page
            ?page=-1               | page
            ?size=0                | size
            ?size=1000             | size
            ?status=SOMETHING      | status
            ?q=Mar%00ia            | q
            ?municipality=x%07y    | municipality
            ?country=Colombia      | country
            ?after=nonsense        | after
            ?view=SOMETHING        | view
            ?sort=SOMETHING        | sort
            ?sort=score&after=1_x  | after
            ?focusArea=SOMETHING   | focusArea
            ?workshop=SOMETHING    | workshop
            ?language=SOMETHING    | language
            """)
    @MethodSource("aTooLongText")
    void aWrongOrOutOfRangeParameterIsA400ThatNamesItAndQuotesNothing(String parameters, String field) {
        HttpResponse<String> response = get("/api/v1/review/queue" + parameters, "bob");
        assertThat(response.statusCode()).as(parameters).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).as(parameters)
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = body(response);
        assertThat(problem.get("errors").get(0).get("field").asString()).as(parameters).isEqualTo(field);
        assertThat(response.body()).as(parameters).doesNotContain("Mar", "SOMETHING", "Colombia", "abc");
    }

    static Stream<Arguments> aTooLongText() {
        return Stream.of(Arguments.of("?q=" + "a".repeat(201), "q"));
    }

    @Test
    void theLastPageIsServedAndAPathThatIsNotAnIdIsStillNoSuchApplication() {
        registerApplication();
        assertThat(get("/api/v1/review/queue?page=0&size=100", "bob").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/review/applications/not-an-id", "bob").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiHasTheConsolesViewsFiltersAndOrdersAndTheExportHonoursThem() {
        UUID reviewed = registerApplication();
        clock.advance(Duration.ofMinutes(1));
        UUID fresh = registerApplication();
        assertThat(post(app(reviewed) + "/reviews", "alice", "{\"scores\":{\"leadership-commitment\":5,"
                + "\"focus-relevance\":5,\"workshop-capacity\":4,\"partnership-potential\":4},"
                + "\"recommendation\":\"ACCEPT\"}").statusCode()).isEqualTo(200);
        String queue = "/api/v1/review/queue?size=100&municipality=panaj";

        assertThat(ids(queue + "&view=needs-review", "alice")).contains(fresh.toString()).doesNotContain(reviewed.toString());
        assertThat(ids(queue + "&view=needs-review", "bob")).contains(fresh.toString(), reviewed.toString());
        assertThat(ids(queue + "&view=needs-decision", "bob")).contains(reviewed.toString()).doesNotContain(fresh.toString());
        List<String> byScore = ids(queue + "&view=all&sort=score", "bob");
        assertThat(byScore.indexOf(reviewed.toString())).isLessThan(byScore.indexOf(fresh.toString()));
        assertThat(body(get(queue + "&view=needs-decision", "bob")).get("items").valueStream()
                .filter(i -> i.get("id").asString().equals(reviewed.toString())).findFirst().orElseThrow()
                .get("reviewAverage").asDouble()).isEqualTo(4.5);
        assertThat(ids("/api/v1/review/queue?size=100&municipality=jachel", "bob")).as("a prefix, not anywhere").isEmpty();

        String csv = get("/api/v1/review/export.csv?view=needs-decision&municipality=panaj", "admin").body();
        assertThat(csv).contains(reviewed.toString()).doesNotContain(fresh.toString());
        assertThat(get("/api/v1/review/export.csv?view=nonsense", "admin").statusCode()).isEqualTo(400);
    }

    private List<String> ids(String path, String user) {
        return body(get(path, user)).get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    @Test
    void statsCountByStatusAndCountryWithTheMedianTimeToDecision() {
        UUID id = registerApplication();
        clock.advance(Duration.ofHours(2));
        post(app(id) + "/claim", "alice", null);
        assertThat(post(app(id) + "/decision", "alice", "{\"outcome\":\"WAITLISTED\"}").statusCode()).isEqualTo(200);

        JsonNode stats = body(get("/api/v1/review/stats", "bob"));

        assertThat(stats.get("byStatus").get("WAITLISTED").asLong()).as(stats.toString()).isPositive();
        assertThat(stats.get("byStatus").has("WITHDRAWN")).isTrue();
        assertThat(stats.get("byCountry").get("GT").asLong()).isPositive();
        assertThat(stats.get("decided").asLong()).isPositive();
        assertThat(stats.get("medianTimeToDecision").isNull()).isFalse();
    }

    @Test
    void exportIsForAdminsAndNeutralisesSpreadsheetFormulas() throws Exception {
        UUID id = registerApplication("=HYPERLINK(\\\"http://evil.test\\\",\\\"click\\\")");

        assertThat(get("/api/v1/review/export.csv", "alice").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/review/export.csv", null).statusCode()).isEqualTo(401);
        HttpResponse<String> csv = get("/api/v1/review/export.csv", "admin");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("id").equals(id.toString())).findFirst().orElseThrow();
        assertThat(row.get("fullName")).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"click\")");
        assertThat(row.get("municipality")).isEqualTo("Panajachel");
        assertThat(row.get("motivation")).startsWith("Queremos");
    }

    @Test
    void theApplicationPortServesTheProbesOnlyAndTheManagementPortTheRest() {
        OperationsPorts.assertOperationsOnlyOnTheManagementPort(port, managementPort);
    }

    @Test
    void queueSizeGaugeAndDeadLetterCounterAreExposed() {
        registerApplication();

        String metrics = OperationsPorts.scrape(managementPort);

        assertThat(metrics).contains("review_queue_size{application=\"review-service\",status=\"WITHDRAWN\"}");
        assertThat(metrics).contains("messaging_dead_letters_total{application=\"review-service\",group=\"review-service\",topic=\"intake.submissions.v1\"}");
        assertThat(metrics).contains("review_outbox_backlog", "review_applications_registered_total");
    }

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }
}
