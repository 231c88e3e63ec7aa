import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark of the running local stack (deploy/local/run.sh), not a test: review with a large
 * collection of applications. It seeds N applications straight into review's MongoDB (default
 * 100,000; --million: 1,000,000) and then times review's reads and its outbox relay.
 *
 *   java deploy/local/bench/SeedBench.java [--million | --applications=N] [--requests=R] [--relay=K]
 *
 * Seeding runs review-service's own SeedApplications (in its test classes) with the service's jar,
 * in a JVM of its own: documents made by review's domain class and mapping, inserted in batches of
 * 1,000, with ids 5eed0000-0000-4000-8000-<n> and addresses seed-<n>@example.org, and no outbox event
 * waiting (nothing is sent for them). A re-run skips the ones already there. Then, one request at a time
 * as reviewer, after a few unmeasured ones, it prints p50, p90, p99 and max over R requests (default
 * 100) of: the queue's first page (the default view), a filtered page (status and country), the
 * next pages by position (after=, walking on from the first page), an application's detail (a random
 * seeded one), /api/v1/review/stats (R/5 requests: it counts the whole collection), and the relay:
 * K times (default 30), it claims a seeded RECEIVED application, asks its applicant for information
 * (an InformationRequested event in the outbox) and times until review's
 * review_outbox_published_total (management port 9082) has gone up by one: the decision-free way to
 * put one event in the outbox. Its email goes to the seeded example.org address, in the local inbox.
 *
 * Run from the repository (its root or below) after the build, with the stack up. LocalInfra needs a
 * larger heap than its default for 100,000 applications (deploy/local/README.md, "A large collection"):
 *   INFRA_JAVA_OPTS="-Xms32m -Xmx3g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dlocal.mongo.cache-mb=512" \
 *     deploy/local/run.sh --reset        # in one terminal
 *   java deploy/local/bench/SeedBench.java
 */
public class SeedBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String REVIEWER = "Basic " + Base64.getEncoder()
            .encodeToString("reviewer:reviewer-local".getBytes(StandardCharsets.UTF_8));
    private static final String API = "http://localhost:8082";
    private static final String PROMETHEUS = "http://localhost:9082/actuator/prometheus";
    private static final String ID_PREFIX = "5eed0000-0000-4000-8000-";
    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ITEM_ID = Pattern.compile("\"id\"\\s*:\\s*\"(" + Pattern.quote(ID_PREFIX) + "[0-9a-f]{12})\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern PUBLISHED = Pattern.compile("(?m)^review_outbox_published_total(?:\\{[^}]*\\})? ([0-9.eE+]+)$");

    public static void main(String[] args) throws Exception {
        long applications = 100_000;
        int requests = 100;
        int relays = 30;
        for (String arg : args) {
            if (arg.equals("--million")) {
                applications = 1_000_000;
            } else if (arg.startsWith("--applications=")) {
                applications = Long.parseLong(arg.substring("--applications=".length()).replace("_", ""));
            } else if (arg.startsWith("--requests=")) {
                requests = Integer.parseInt(arg.substring("--requests=".length()));
            } else if (arg.startsWith("--relay=")) {
                relays = Integer.parseInt(arg.substring("--relay=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + " (usage: [--million | --applications=N] [--requests=R] [--relay=K])");
            }
        }
        if (get(API + "/readyz").statusCode() != 200) {
            throw new IllegalStateException("review-service is not ready on " + API + ": start the stack (deploy/local/run.sh)");
        }

        // 1. Seeding, by review's own classes in a JVM of their own.
        Path root = root();
        Path jar = root.resolve("review-service/target/review-service-0.1.0-SNAPSHOT.jar");
        Path testClasses = root.resolve("review-service/target/test-classes");
        Path seeder = testClasses.resolve("se/icld/gendernetwork/review/application/persistence/SeedApplications.class");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(seeder)) {
            throw new IllegalStateException(jar + " or " + seeder + " is missing: build first (./mvnw -B -DskipTests package)");
        }
        Process seeding = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", jar.toString(), "-Dloader.path=" + testClasses,
                "-Dloader.main=se.icld.gendernetwork.review.application.persistence.SeedApplications",
                "org.springframework.boot.loader.launch.PropertiesLauncher", Long.toString(applications))
                .inheritIO().start();
        if (seeding.waitFor() != 0) {
            throw new IllegalStateException("seeding failed (exit " + seeding.exitValue() + ")");
        }
        String page = body(API + "/api/v1/review/queue");
        Matcher total = TOTAL.matcher(page);
        System.out.printf("queue total after seeding: %s%n", total.find() ? total.group(1) : "?");

        // 2. Reads, one request at a time, as a reviewer opening and paging the queue.
        SplittableRandom random = new SplittableRandom(5);
        long seeded = applications;
        measure("queue, first page (default view)", requests, () -> API + "/api/v1/review/queue");
        measure("queue, status=IN_REVIEW&country=GT", requests, () -> API + "/api/v1/review/queue?status=IN_REVIEW&country=GT");
        String[] after = {null};
        measure("queue, next page (after=, walking on)", requests, () -> {
            if (after[0] == null) {
                after[0] = next(body(API + "/api/v1/review/queue"));
            }
            return API + "/api/v1/review/queue?after=" + URLEncoder.encode(after[0], StandardCharsets.UTF_8);
        }, response -> after[0] = next(response));
        measure("detail of a seeded application", requests,
                () -> API + "/api/v1/review/applications/" + ID_PREFIX + "%012x".formatted(random.nextLong(seeded)));
        measure("stats", Math.max(5, requests / 5), () -> API + "/api/v1/review/stats");

        // 3. The relay: one event in the outbox at a time, until it is published.
        List<String> received = receivedSeeded(relays);
        List<Long> relayed = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        for (String id : received) {
            int claimed = post("/api/v1/review/applications/" + id + "/claim", null);
            if (claimed != 200) {
                System.out.printf("  claim of %s answered %d: skipped%n", id, claimed);
                continue;
            }
            double before = published();
            long sent = System.nanoTime();
            int status = post("/api/v1/review/applications/" + id + "/info-request",
                    "{\"message\": \"SeedBench: ¿pueden enviarnos el acuerdo del concejo?\"}");
            long answer = System.nanoTime();
            if (status != 200) {
                System.out.printf("  information request on %s answered %d: skipped%n", id, status);
                continue;
            }
            long deadline = sent + Duration.ofSeconds(60).toNanos();
            while (published() <= before) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the relay did not publish within 60 s");
                }
                Thread.sleep(10);
            }
            relayed.add((System.nanoTime() - sent) / 1_000_000);
            answered.add((answer - sent) / 1_000_000);
        }
        print("relay: info-request's answer", answered);
        print("relay: info-request -> published", relayed);
    }

    private interface Url {
        String next() throws Exception;
    }

    private interface Answer {
        void read(String body) throws Exception;
    }

    private static void measure(String what, int n, Url url) throws Exception {
        measure(what, n, url, body -> { });
    }

    /** Five unmeasured requests, then n timed ones, one at a time; each must answer 200. */
    private static void measure(String what, int n, Url url, Answer answer) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < n + 5; i++) {
            String u = url.next();
            long start = System.nanoTime();
            HttpResponse<String> response = get(u);
            long took = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + ": " + u + " answered " + response.statusCode());
            }
            answer.read(response.body());
            if (i >= 5) {
                millis.add(took);
            }
        }
        print(what, millis);
    }

    private static void print(String what, List<Long> millis) {
        if (millis.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-40s no samples%n", what);
            return;
        }
        System.out.printf(Locale.ROOT, "%-40s ms: p50 %d  p90 %d  p99 %d  max %d  (%d requests)%n", what,
                pct(millis, 50), pct(millis, 90), pct(millis, 99), pct(millis, 100), millis.size());
    }

    /** Seeded applications still RECEIVED (the queue filtered by status, paged by position). */
    private static List<String> receivedSeeded(int n) throws Exception {
        List<String> ids = new ArrayList<>();
        String url = API + "/api/v1/review/queue?status=RECEIVED&size=100";
        while (ids.size() < n) {
            String body = body(url);
            Matcher m = ITEM_ID.matcher(body);
            while (m.find() && ids.size() < n) {
                ids.add(m.group(1));
            }
            String next = next(body);
            if (next == null) {
                break;
            }
            url = API + "/api/v1/review/queue?status=RECEIVED&size=100&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        return ids;
    }

    private static String next(String page) {
        Matcher m = NEXT.matcher(page);
        return m.find() ? m.group(1) : null;
    }

    private static double published() throws Exception {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create(PROMETHEUS)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = PUBLISHED.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", REVIEWER).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String url) throws Exception {
        HttpResponse<String> response = get(url);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static int post(String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", REVIEWER);
        request = json == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The repository's root: the working directory or the nearest one above it with deploy/local/run.sh. */
    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/local/run.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the repository (no deploy/local/run.sh found above "
                + new File("").getAbsolutePath() + ")");
    }

    private static long pct(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }
}
