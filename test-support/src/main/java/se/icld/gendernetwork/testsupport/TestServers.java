package se.icld.gendernetwork.testsupport;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.mongodb.MongoDBContainer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The one JVM-wide selector of real servers for tests. Each server starts lazily on first use and
 * lives until the JVM exits, so Spring's test-context cache stays valid across test classes.
 *
 * <p>Where a Docker engine answers, Kafka and MongoDB run in containers ({@code apache/kafka-native},
 * {@code mongo:8.0}); otherwise in this JVM: a KRaft broker from spring-kafka-test and
 * mongo-java-server. SMTP is always GreenMail in this JVM (tests read what it received).
 * Set {@code -Dtest.servers=embedded} to force the in-JVM servers.
 */
public final class TestServers {

    private static final boolean CONTAINERS = !"embedded".equals(System.getProperty("test.servers"))
            && DockerClientFactory.instance().isDockerAvailable();

    private static final AtomicInteger PRIVATE_BROKERS = new AtomicInteger();

    private static String kafkaBootstrap;
    private static String mongoUri;
    private static GreenMail greenMail;

    private TestServers() {
    }

    /** True when Kafka and MongoDB run in containers rather than in this JVM. */
    public static boolean containers() {
        return CONTAINERS;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrap == null) {
            kafkaBootstrap = CONTAINERS ? started(new KafkaContainer("apache/kafka-native:4.1.1")).getBootstrapServers()
                    : startEmbeddedKafka(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS).getBrokersAsString();
        }
        return kafkaBootstrap;
    }

    /**
     * A KRaft broker of the caller's own, for tests that stop it; the caller destroys it. It binds a
     * random port: spring-kafka-test's KRaft broker does not honour a fixed one, so a broker "back
     * after an outage" is a new broker at a new address.
     */
    public static EmbeddedKafkaKraftBroker startEmbeddedKafka() {
        return startEmbeddedKafka("test.servers.private-kafka." + PRIVATE_BROKERS.incrementAndGet());
    }

    /**
     * A broker publishes its address in a system property, {@code spring.embedded.kafka.brokers} by
     * default, which the Kafka binder of every later Spring context then prefers to its
     * {@code spring.kafka.bootstrap-servers}. Only the shared broker may use that name; a private
     * one publishes under a name of its own, so a context started after it was destroyed does not
     * try to reach a dead broker.
     */
    private static EmbeddedKafkaKraftBroker startEmbeddedKafka(String addressProperty) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerListProperty(addressProperty);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
        return broker;
    }

    /** A MongoDB connection string without a database name: each service names its own. */
    public static synchronized String mongoUri() {
        if (mongoUri == null) {
            mongoUri = CONTAINERS ? started(new MongoDBContainer("mongo:8.0")).getConnectionString() : startMongoServer();
        }
        return mongoUri;
    }

    /** mongo-java-server on a random port of 127.0.0.1, until the JVM exits; its connection string. */
    private static String startMongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-server-stop"));
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** A container started (Testcontainers' reaper stops it with the JVM). */
    private static <C extends Startable> C started(C container) {
        container.start();
        return container;
    }

    public static String mongoUri(String database) {
        return mongoUri() + "/" + database;
    }

    /** The shared SMTP server (a random free port on 127.0.0.1), started on first use. */
    public static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
        }
        return greenMail;
    }

    public static int smtpPort() {
        return greenMail().getSmtp().getPort();
    }

    /** Spring Boot properties pointing a service at the shared servers. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.kafka.bootstrap-servers", TestServers::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> mongoUri(database));
        // mongo-java-server lacks the hello command, so Boot's health indicator reports DOWN on it.
        registry.add("management.health.mongodb.enabled", () -> CONTAINERS);
    }

    public static void registerMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestServers::smtpPort);
    }
}
