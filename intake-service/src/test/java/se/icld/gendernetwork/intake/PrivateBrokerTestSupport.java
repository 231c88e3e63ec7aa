package se.icld.gendernetwork.intake;

import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.icld.gendernetwork.testsupport.TestServers;

/**
 * intake's second (and last) Spring context: the service on a broker of its own, which tests may
 * stop (for good: spring-kafka-test's KRaft broker ignores {@code kafkaPorts}, so it cannot come
 * back at the same address). Tests of this context never need an acknowledgement. The rate limit is
 * the production default (10 a minute); client addresses come from {@code X-Forwarded-For} (as
 * behind the ingress), so each test is its own client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "network.status.secret=test-status-secret-of-enough-length",
        "network.status.base-url=http://review.test",
        "intake.publish-timeout=1500ms",
        "intake.rate-limit-per-minute=10",
        "server.forward-headers-strategy=native"})
public abstract class PrivateBrokerTestSupport extends IntakeHttp {

    protected static final Duration PUBLISH_TIMEOUT = Duration.ofMillis(1500);

    private static EmbeddedKafkaKraftBroker broker = TestServers.startEmbeddedKafka();
    private static final String BOOTSTRAP = broker.getBrokersAsString();

    @DynamicPropertySource
    static void privateBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> BOOTSTRAP);
    }

    /** Stops the broker: nothing is acknowledged any more in this context. */
    protected static synchronized void stopBroker() {
        if (broker != null) {
            broker.destroy();
            broker = null;
        }
    }


}
