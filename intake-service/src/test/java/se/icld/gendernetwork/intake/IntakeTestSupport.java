package se.icld.gendernetwork.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.icld.gendernetwork.testsupport.TestServers;

/** The one Spring context of intake's integration tests: the whole service on the shared real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "network.status.secret=test-status-secret-of-enough-length",
        "network.status.base-url=http://review.test",
        "intake.rate-limit-per-minute=1000",
        // A whole request body must arrive within this (default 10 s): SlowClientsIntegrationTest waits for it.
        "http.request-body.read-deadline=5s"})
public abstract class IntakeTestSupport extends IntakeHttp {

    /** When the test JVM started: the "closing" call closes two days and a half after it. */
    protected static final Instant STARTED = Instant.now();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "intake");
        // The default call, open; a call that closed; one not open yet; one closing in two and a half days;
        // the partnership programme's, open, for Guatemala only.
        call(registry, 0, "network-2024", "2024-01-01T00:00:00-05:00", null);
        call(registry, 1, "closed-call", "2025-01-01T00:00:00-05:00", "2025-06-30T23:59:59-05:00");
        call(registry, 2, "future-call", "2099-01-01T00:00:00-05:00", null);
        call(registry, 3, "closing-call", "2024-01-01T00:00:00-05:00",
                STARTED.plus(Duration.ofHours(60)).atOffset(ZoneOffset.ofHours(-5)).toString());
        call(registry, 4, "partnership-2025", "2025-01-01T00:00:00-05:00", null);
        registry.add("network.calls[4].questions", () -> "PARTNERSHIP");
        registry.add("network.calls[4].eligible-countries", () -> "GT");
    }

    private static void call(DynamicPropertyRegistry registry, int i, String id, String opens, String closes) {
        String at = "network.calls[" + i + "].";
        registry.add(at + "id", () -> id);
        for (String language : new String[] {"es", "en", "sv"}) {
            registry.add(at + "title." + language, () -> "Title " + id + " " + language);
            registry.add(at + "introduction." + language, () -> "Introduction " + id + " " + language);
        }
        registry.add(at + "opens-at", () -> opens);
        if (closes != null) {
            registry.add(at + "closes-at", () -> closes);
        }
        registry.add(at + "time-zone", () -> "America/Bogota");
        if (!id.startsWith("partnership")) {
            registry.add(at + "eligible-countries", () -> "CO,GT");
        }
    }
}
