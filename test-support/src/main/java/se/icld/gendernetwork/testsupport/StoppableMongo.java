package se.icld.gendernetwork.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire server of one test's own (mongo-java-server) on a fixed port, which the test stops
 * and starts again to simulate an outage: clients see connections refused while it is stopped, and
 * find their data again once it is back. Its URI selects a server within 200 ms, so every attempt
 * during the outage fails fast.
 */
public final class StoppableMongo implements AutoCloseable {

    private final MemoryBackend data = new MemoryBackend() {
        @Override
        public void close() {
            // Kept across a stop and start: the data outlives the outage, as on a real server.
        }
    };
    private final int port = freePort();
    private MongoServer server;

    public StoppableMongo() {
        start();
    }

    /** A connection string to {@code database} on this server. */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database + "?serverSelectionTimeoutMS=200&connectTimeoutMS=200";
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    public synchronized void start() {
        if (server == null) {
            server = new MongoServer(data);
            server.bind("127.0.0.1", port);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
