package se.icld.gendernetwork.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * Runs LocalInfra the way deploy/local/run.sh does: its own JVM on the classpath the build writes
 * (target/infra.classpath), stopped with SIGTERM. Data written before the signal must be there
 * after a restart, so the shutdown hook closes the H2 file cleanly.
 */
class LocalInfraProcessTest {

    private static final Pattern READY = Pattern.compile("LocalInfra ready in \\d+ ms: mongodb=(mongodb://\\S+) ");

    @TempDir
    Path dataDir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void kill() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void stopsCleanlyOnSigtermAndKeepsItsDataForTheNextStart() throws Exception {
        Started first = start();
        try (MongoClient client = MongoClients.create(first.mongoUri)) {
            collection(client).insertOne(new Document("_id", "kept").append("value", 42));
        }
        // SIGTERM, through the handle: Process.destroy() would also close the output we read.
        first.process.toHandle().destroy();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        assertThat(first.drain()).anyMatch(line -> line.contains("stopped"));

        Started second = start();
        try (MongoClient client = MongoClients.create(second.mongoUri)) {
            Document found = collection(client).find(new Document("_id", "kept")).first();
            assertThat(found).isNotNull();
            assertThat(found.getInteger("value")).isEqualTo(42);
        }
        second.process.toHandle().destroy();
        assertThat(second.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("localinfra-process-test").getCollection("things");
    }

    private record Started(Process process, String mongoUri, BlockingQueue<String> output) {
        List<String> drain() {
            List<String> lines = new ArrayList<>();
            output.drainTo(lines);
            return lines;
        }
    }

    private Started start() throws IOException, InterruptedException {
        String classpath = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of("target", "infra.classpath")).strip();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", classpath,
                "-Dlocal.mongo.port=0", "-Dlocal.smtp.port=0", "-Dlocal.inbox.port=0",
                LocalInfra.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        processes.add(process);
        BlockingQueue<String> output = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(output closed: " + e + ")");
            }
        }, "local-infra-output");
        reader.setDaemon(true);
        reader.start();

        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = output.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                if (!process.isAlive()) {
                    break;
                }
                continue;
            }
            seen.add(line);
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                return new Started(process, ready.group(1), output);
            }
        }
        throw new AssertionError("LocalInfra did not report ready; its output:\n" + String.join("\n", seen));
    }
}
