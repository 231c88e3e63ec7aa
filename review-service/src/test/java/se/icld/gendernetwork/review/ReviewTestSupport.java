package se.icld.gendernetwork.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.registration.Registrations;
import se.icld.gendernetwork.testsupport.TestServers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one Spring context of review's integration tests: the whole service on real servers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "network.status.secret=test-status-secret-of-enough-length",
        "review.outbox-interval=100ms",
        "review.security.users[0].username=alice",
        "review.security.users[0].password-hash={noop}alice-pw",
        "review.security.users[0].roles=REVIEWER",
        "review.security.users[1].username=bob",
        "review.security.users[1].password-hash={noop}bob-pw",
        "review.security.users[1].roles=REVIEWER",
        "review.security.users[2].username=admin",
        "review.security.users[2].password-hash={noop}admin-pw",
        "review.security.users[2].roles=ADMIN",
        "review.security.users[3].username=auditor",
        "review.security.users[3].password-hash={noop}auditor-pw",
        "review.security.users[3].roles=AUDITOR",
        "review.security.users[4].username=carol",
        "review.security.users[4].password-hash={noop}carol-pw",
        "review.security.users[4].roles=REVIEWER",
        "review.security.users[5].username=dave",
        "review.security.users[5].password-hash={noop}dave-pw",
        "review.security.users[5].roles=REVIEWER",
        "review.security.users[6].username=erin",
        "review.security.users[6].password-hash={noop}erin-pw",
        "review.security.users[6].roles=REVIEWER",
        "review.security.users[7].username=frank",
        "review.security.users[7].password-hash={noop}frank-pw",
        "review.security.users[7].roles=REVIEWER",
        // Accounts only SignInIntegrationTest signs in with: it locks them for the throttle's window,
        // so no other test of the shared context may need them.
        "review.security.users[8].username=locked-form",
        "review.security.users[8].password-hash={noop}locked-form-pw",
        "review.security.users[8].roles=REVIEWER",
        "review.security.users[9].username=locked-basic",
        "review.security.users[9].password-hash={noop}locked-basic-pw",
        "review.security.users[9].roles=REVIEWER",
        // The panel: erin works for Villa Prueba (CO), conflicted with its applications from the start.
        "review.assignment.auto-conflict=MUNICIPALITY",
        "review.assignment.reviewers[0].username=erin",
        "review.assignment.reviewers[0].country=CO",
        "review.assignment.reviewers[0].municipality=Villa Prueba",
        "review.assignment.reviewers[1].username=alice",
        "review.assignment.reviewers[2].username=bob",
        // Every test signs in from 127.0.0.1: the per-client limit must not make them refuse each other.
        "review.security.sign-in.max-failures-per-client=100000",
        // Decisions announced at once, as before the grace period existed; its own tests set one.
        "review.decision.grace-period=0s",
        "spring.cloud.stream.bindings.registerSubmission-in-0.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.bindings.registerSubmission-in-0.consumer.back-off-max-interval=200",
        "spring.cloud.stream.bindings.registerSubmission-in-0.consumer.max-attempts=2"})
@org.springframework.context.annotation.Import({ReviewTestSupport.TestClock.class,
        se.icld.gendernetwork.review.web.pages.FailingPageForTests.class})
public abstract class ReviewTestSupport {

    /** The service's clock in tests: real time, which a test may move forward (and must reset). */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        MutableGrace mutableGrace(DecisionProperties properties) {
            return new MutableGrace(properties.gracePeriod());
        }
    }

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected MutableGrace grace;

    protected static final String SECRET = "test-status-secret-of-enough-length";
    protected static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected Registrations registrations;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "review");
    }

    /** The golden submission with a fresh id, as JSON. */
    protected String submissionJson(UUID id) {
        return GoldenSamples.json("InterestSubmitted")
                .replace("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f", id.toString())
                .replace("0b6f1c7e-3a55-4c1e-9d7a-2f0c8d1e5a01", UUID.randomUUID().toString());
    }

    /** Registers a fresh application directly (as the consumer would) and returns its id. */
    protected UUID registerApplication() {
        return registerApplication("María López");
    }

    /** As {@link #registerApplication()}, with the applicant's full name (JSON-escaped) given. */
    protected UUID registerApplication(String fullName) {
        UUID id = UUID.randomUUID();
        InterestSubmitted submitted = json.readValue(submissionJson(id).replace("María López", fullName),
                InterestSubmitted.class);
        registrations.register(new InterestSubmitted(submitted.eventId(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), id, submitted.reference(), submitted.contentHash(),
                submitted.applicant(), submitted.municipality(), submitted.motivation(), submitted.focusAreas(),
                submitted.workshops(), submitted.partnershipInterest(), submitted.mentorshipInterest(),
                submitted.consent()));
        return id;
    }

    protected HttpResponse<String> request(String method, String path, String user, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (user != null) {
            String credentials = user + ":" + user + "-pw";
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> post(String path, String user, String body) {
        return request("POST", path, user, body);
    }

    protected HttpResponse<String> get(String path, String user) {
        return request("GET", path, user, null);
    }

    protected JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** {@code response} is a refusal with this HTTP status and the problem's {@code code}. */
    protected void assertRefused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(body(response).get("code").asString()).isEqualTo(code);
    }
}
