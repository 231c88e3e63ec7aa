package se.icld.gendernetwork.testsupport;

import java.util.ArrayList;
import java.util.List;

/**
 * Command-line arguments for a service that a test runs as a plain Spring application on servers of
 * its own (a broker it stops, a MongoDB it stops): they outrank application.yml, as an operator's
 * would. Random ports (the application's and the actuator's), the broker, the MongoDB, the tests' status secret, then the test's own.
 */
public final class ServiceArguments {

    /** The HMAC key of status links in every test context. */
    public static final String STATUS_SECRET = "test-status-secret-of-enough-length";

    private ServiceArguments() {
    }

    public static String[] on(String kafkaBootstrapServers, String mongoUri, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                "--spring.mongodb.uri=" + mongoUri,
                "--network.status.secret=" + STATUS_SECRET));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }
}
