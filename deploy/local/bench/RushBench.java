import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark of the running local stack (deploy/local/run.sh), not a test: a deadline rush. C clients
 * send N submissions to intake's API as fast as it takes them; meanwhile, once a second, it reads how
 * many applications review has registered ({@code review_applications_registered_total} on review's
 * management port) and times one request for the reviewers' queue (the first page, as a reviewer opens
 * it). It prints a line per second, then how long intake took to accept them all, how long until review
 * had registered them all (and the ratio of the two), and the queue's latency while the rush was on and
 * for 30 s after.
 *
 *   java deploy/local/bench/RushBench.java [submissions=30000] [clients=8]
 *
 * Only loopback addresses; bounded in count and time (it gives up waiting for registrations after ten
 * minutes). It needs the stack started with a rate limit above the load, e.g.
 * INTAKE_RATE_LIMIT_PER_MINUTE=1000000 deploy/local/run.sh.
 */
public class RushBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String REVIEWER = "Basic " + Base64.getEncoder()
            .encodeToString("reviewer:reviewer-local".getBytes(StandardCharsets.UTF_8));
    private static final Pattern REGISTERED = Pattern.compile("(?m)^review_applications_registered_total\\{[^}]*} ([0-9.E]+)$");
    private static final Duration AFTER = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String run = UUID.randomUUID().toString().substring(0, 8);

        long registeredBefore = registered();
        AtomicInteger next = new AtomicInteger();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    try {
                        if (submit("rush-" + run + "-" + i + "@example.org") == 202) {
                            accepted.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            });
        }
        senders.shutdown();

        List<Long> during = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        double acceptedAt = -1;
        double registeredAt = -1;
        long lastRegistered = 0;
        long deadline = start + Duration.ofMinutes(10).toNanos();
        System.out.println("     s   accepted  registered  registered/s  queue ms");
        while (true) {
            long tick = System.nanoTime();
            long counter = registered();
            long reg = counter < 0 ? lastRegistered : counter - registeredBefore;
            long queueMs = queueLatencyMs();
            double t = (tick - start) / 1e9;
            if (acceptedAt < 0 && senders.isTerminated()) {
                acceptedAt = t;
            }
            if (acceptedAt >= 0 && registeredAt < 0 && reg >= accepted.get()) {
                registeredAt = t;
            }
            (registeredAt >= 0 ? after : during).add(queueMs);
            System.out.printf("%6.1f %10d %11d %13d %9d%n", t, accepted.get(), reg, reg - lastRegistered, queueMs);
            lastRegistered = reg;
            if (registeredAt >= 0 && t - registeredAt >= AFTER.toSeconds() || System.nanoTime() > deadline) {
                break;
            }
            long sleep = 1_000 - (System.nanoTime() - tick) / 1_000_000;
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
        }
        System.out.printf("%nsubmissions: %d sent, %d accepted (202), %d refused or failed%n", n, accepted.get(), refused.get());
        System.out.printf("intake accepted them in %.1f s (%.0f/s, %d clients)%n", acceptedAt, accepted.get() / acceptedAt, clients);
        if (registeredAt < 0) {
            System.out.printf("review had NOT registered them all after %.0f s%n", (System.nanoTime() - start) / 1e9);
        } else {
            System.out.printf("review had registered them all after %.1f s: %.2f× the time intake took (goal: at most 2×)%n",
                    registeredAt, registeredAt / acceptedAt);
        }
        System.out.printf("queue (first page, as a reviewer), during the rush: p50 %d  p90 %d  max %d ms (%d requests)%n",
                pct(during, 50), pct(during, 90), pct(during, 100), during.size());
        System.out.printf("queue, in the %d s after: p50 %d  p90 %d  max %d ms (%d requests)%n", AFTER.toSeconds(),
                pct(after, 50), pct(after, 90), pct(after, 100), after.size());
    }

    private static int submit(String email) throws Exception {
        String body = """
                {"applicant": {"fullName": "Rush Hour", "email": "%s", "position": "Concejala", "preferredLanguage": "es"},
                 "municipality": {"name": "Mixco", "region": "Guatemala", "country": "GT"},
                 "motivation": "Una solicitud de prueba de carga enviada en la última hora antes del cierre.",
                 "focusAreas": ["GENDER_BASED_VIOLENCE"], "workshops": {"local": true, "sweden": false},
                 "partnershipInterest": false, "mentorshipInterest": false,
                 "consent": {"dataProcessing": true, "noticeVersion": "2024-01"}}""".formatted(email);
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/v1/submissions"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    /** Applications review has registered since it started (its counter; -1 if it did not answer). */
    private static long registered() {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:9082/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = REGISTERED.matcher(metrics);
            return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
        } catch (Exception e) {
            return -1;
        }
    }

    /** One request for the queue's first page; its latency in ms (an error or a timeout counts as 30 s). */
    private static long queueLatencyMs() {
        long t0 = System.nanoTime();
        try {
            int status = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8082/api/v1/review/queue"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", REVIEWER).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? (System.nanoTime() - t0) / 1_000_000 : 30_000;
        } catch (Exception e) {
            return 30_000;
        }
    }

    private static long pct(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }
}
