package se.icld.gendernetwork.intake;

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

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "intake");
    }
}
