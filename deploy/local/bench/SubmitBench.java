import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark of the running local stack (deploy/local/run.sh), not a test: it sends N submissions
 * to intake's API from C concurrent clients, prints the latency of the 202 (which includes the
 * broker's acknowledgement), then waits until every applicant's receipt is in the local inbox and
 * prints how long the whole chain took (HTTP → Kafka → MongoDB → outbox → Kafka → SMTP).
 *
 *   java deploy/local/bench/SubmitBench.java [submissions=200] [concurrency=4]
 *
 * Only loopback addresses; bounded in count and time. It needs the stack started with a rate limit
 * above the load, e.g. INTAKE_RATE_LIMIT_PER_MINUTE=100000 deploy/local/run.sh.
 */
public class SubmitBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            work.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                int status = submit("bench-" + run + "-" + index + "@example.org");
                latencies.add(System.nanoTime() - t0);
                statuses.add(status);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        long accepted = statuses.stream().filter(s -> s == 202).count();
        System.out.printf("submissions: %d sent, %d accepted (202), others %s%n", n, accepted,
                statuses.stream().filter(s -> s != 202).distinct().toList());
        System.out.printf("202 latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), pct(latencies, 100));
        System.out.printf("throughput: %.1f submissions/s over %.1f s (%d clients)%n", n / sendSeconds, sendSeconds, concurrency);

        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long receipts = 0;
        while (System.nanoTime() < deadline) {
            receipts = receiptsFor(run);
            if (receipts >= accepted) {
                break;
            }
            Thread.sleep(250);
        }
        double chainSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("receipts in the inbox: %d of %d, all there %.1f s after the first submission%n",
                receipts, accepted, chainSeconds);
    }

    private static int submit(String email) throws Exception {
        String body = """
                {"applicant": {"fullName": "Bench Mark", "email": "%s", "position": "Alcaldesa", "preferredLanguage": "es"},
                 "municipality": {"name": "Florida", "region": "Valle del Cauca", "country": "CO"},
                 "motivation": "Una solicitud de prueba de carga para medir el sistema de principio a fin.",
                 "focusAreas": ["URBAN_PLANNING"], "workshops": {"local": true, "sweden": false},
                 "partnershipInterest": false, "mentorshipInterest": false,
                 "consent": {"dataProcessing": true, "noticeVersion": "2024-01"}}""".formatted(email);
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/v1/submissions"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    /** How many receipts of this run are in the inbox (one message per address: each submission has its own). */
    private static long receiptsFor(String run) throws Exception {
        // The count, not the messages: listing thousands of bodies four times a second would load the process
        // that also serves the stack's MongoDB, and slow the chain being measured.
        String json = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8025/api/messages/count?to=bench-" + run + "-"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"count\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static double pct(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
