package se.icld.gendernetwork.review.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.ReviewApplication;
import se.icld.gendernetwork.testsupport.TestServers;
import se.icld.gendernetwork.testsupport.TestTopics;

/**
 * Guarantee 3 under failure: while MongoDB is briefly away a submission is not lost and not
 * dead-lettered; the binder retries it with backoff and it is registered once MongoDB is back.
 * The service runs as a plain Spring application on a broker and a MongoDB server of this test's
 * own, which it stops and starts again on the same port.
 */
class MongoOutageIntegrationTest {

    @Test
    void submissionIsRegisteredOnceMongoIsBack() throws Exception {
        int mongoPort = freePort();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", mongoPort);
        EmbeddedKafkaKraftBroker broker = TestServers.startEmbeddedKafka();
        UUID id = UUID.randomUUID();
        MongoServer back = null;
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ReviewApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/review?serverSelectionTimeoutMS=1000",
                "--network.status.secret=test-status-secret-of-enough-length")) {
            MeterRegistry meters = service.getBean(MeterRegistry.class);

            mongo.shutdownNow();
            TestTopics.send(broker.getBrokersAsString(), Topics.SUBMISSIONS, id.toString(),
                    GoldenSamples.json("InterestSubmitted").replace("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f", id.toString()));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> meters.counter("review.registration.failures").count() >= 1);
            back = new MongoServer(new MemoryBackend());
            back.bind("127.0.0.1", mongoPort);

            MongoTemplate template = service.getBean(MongoTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> template.getCollection("applications")
                    .find(new Document("_id", id.toString())).first() != null);
            assertThat(meters.counter("review.dlq.records", "topic", Topics.SUBMISSIONS).count()).isZero();
        } finally {
            if (back != null) {
                back.shutdownNow();
            }
            broker.destroy();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
