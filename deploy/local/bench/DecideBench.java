import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark of the running local stack (deploy/local/run.sh), not a test: the time from a
 * reviewer's decision to the applicant's decision email, at a steady rate of decisions.
 *
 *   java deploy/local/bench/DecideBench.java [decisions=300] [decisions-per-second=50]
 *
 * It submits N applications (8 clients), waits until review has registered each one, claims each
 * as {@code reviewer}, waits for their receipts (so the decision emails do not queue behind them), then sends the decisions at the given rate (one every 1/rate s, whatever the
 * answers' latency) and waits for each decision email in the local inbox. The latency of one
 * decision is the inbox's receipt time of its email (GreenMail's, on this machine's clock) minus the
 * instant the decision request was sent; it prints p50, p90, p99 and max, and how many emails came.
 *
 * The stack must run with a rate limit above the load and without the decision's grace period
 * (which holds every decision email on purpose):
 *   INTAKE_RATE_LIMIT_PER_MINUTE=100000 REVIEW_DECISION_GRACE_PERIOD=0s deploy/local/run.sh
 */
public class DecideBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String REVIEWER = "Basic " + Base64.getEncoder()
            .encodeToString("reviewer:reviewer-local".getBytes(StandardCharsets.UTF_8));
    private static final Pattern SUBMISSION_ID = Pattern.compile("\"submissionId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        String run = UUID.randomUUID().toString().substring(0, 8);
        String marker = "decide-bench-" + run;

        // 1. N applications, each with an address of its own.
        Map<String, String> addressById = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String address = marker + "-" + i + "@example.org";
            work.add(clients.submit(() -> {
                String id = submit(address);
                if (id != null) {
                    addressById.put(id, address);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        System.out.printf("applications: %d submitted, %d accepted%n", n, addressById.size());

        // 2. Registered and claimed (not timed).
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        List<String> ids = new ArrayList<>(addressById.keySet());
        work.clear();
        for (String id : ids) {
            work.add(clients.submit(() -> {
                while (status("GET", "/api/v1/review/applications/" + id, null) != 200) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("application not registered within 5 minutes");
                    }
                    Thread.sleep(100);
                }
                int claimed = status("POST", "/api/v1/review/applications/" + id + "/claim", null);
                if (claimed != 200) {
                    throw new IllegalStateException("claim answered " + claimed);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        System.out.printf("registered and claimed: %d%n", ids.size());
        // Their receipts first, so the decision emails do not queue behind them.
        while (receipts(marker) < ids.size() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        System.out.printf("receipts in the inbox: %d%n", receipts(marker));

        // 3. The decisions at a steady rate; each one's send instant kept by its address.
        Map<String, Instant> decidedAt = new ConcurrentHashMap<>();
        Map<String, Instant> answeredAt = new ConcurrentHashMap<>();
        List<Long> answerMillis = Collections.synchronizedList(new ArrayList<>());
        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(64);
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        List<Future<?>> decisions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            decisions.add(ticker.schedule(() -> {
                Instant sent = Instant.now();
                decidedAt.put(addressById.get(id), sent);
                answers.add(status("POST", "/api/v1/review/applications/" + id + "/decision",
                        "{\"outcome\": \"ACCEPTED\", \"message\": \"" + marker + "\"}"));
                Instant answered = Instant.now();
                answeredAt.put(addressById.get(id), answered);
                answerMillis.add(Duration.between(sent, answered).toMillis());
                return null;
            }, i * periodNanos, TimeUnit.NANOSECONDS));
        }
        for (Future<?> f : decisions) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("decisions: %d sent in %.1f s (%.1f/s), answers %s%n", answers.size(), seconds,
                answers.size() / seconds, count(answers));

        // 4. Each decision's email (the one carrying the marker), by its receipt time at the SMTP server.
        Map<String, Instant> mailedAt = new HashMap<>();
        long mailDeadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (mailedAt.size() < decidedAt.size() && System.nanoTime() < mailDeadline) {
            mailedAt = decisionMails(marker);
            Thread.sleep(500);
        }
        List<Long> latencies = new ArrayList<>();
        List<Long> afterAnswer = new ArrayList<>();
        mailedAt.forEach((address, at) -> {
            Instant sent = decidedAt.get(address);
            if (sent != null) {
                latencies.add(Duration.between(sent, at).toMillis());
                afterAnswer.add(Duration.between(answeredAt.get(address), at).toMillis());
            }
        });
        System.out.printf("decision emails: %d of %d%n", latencies.size(), decidedAt.size());
        if (!latencies.isEmpty()) {
            System.out.printf("decide -> email ms: p50 %d  p90 %d  p99 %d  max %d%n",
                    pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), pct(latencies, 100));
            System.out.printf("  of which the decision's answer ms: p50 %d  p90 %d  p99 %d  max %d%n",
                    pct(answerMillis, 50), pct(answerMillis, 90), pct(answerMillis, 99), pct(answerMillis, 100));
            System.out.printf("  answer -> email ms: p50 %d  p90 %d  p99 %d  max %d%n",
                    pct(afterAnswer, 50), pct(afterAnswer, 90), pct(afterAnswer, 99), pct(afterAnswer, 100));
        }
        clients.shutdown();
        ticker.shutdown();
    }

    private static String submit(String email) throws Exception {
        String body = """
                {"applicant": {"fullName": "Bench Mark", "email": "%s", "position": "Alcaldesa", "preferredLanguage": "es"},
                 "municipality": {"name": "Florida", "region": "Valle del Cauca", "country": "CO"},
                 "motivation": "Una solicitud de prueba de carga para medir el tiempo de la decisión al correo.",
                 "focusAreas": ["URBAN_PLANNING"], "workshops": {"local": true, "sweden": false},
                 "partnershipInterest": false, "mentorshipInterest": false,
                 "consent": {"dataProcessing": true, "noticeVersion": "2024-01"}}""".formatted(email);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/v1/submissions"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = SUBMISSION_ID.matcher(response.body());
        return response.statusCode() == 202 && m.find() ? m.group(1) : null;
    }

    private static int status(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:8082" + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", REVIEWER);
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long receipts(String marker) throws Exception {
        // The count of this run's mails, not their bodies (the inbox shares its process with the stack's MongoDB).
        String json = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8025/api/messages/count?to=" + marker + "-"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"count\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Address -> receipt time of the first message to it whose text carries the marker. */
    private static Map<String, Instant> decisionMails(String marker) throws Exception {
        String json = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8025/api/messages?to=" + marker + "-"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Instant> found = new HashMap<>();
        // One object per message: {"messageId":…,"from":…,"to":[…],"subject":…,"date":…,"text":…,"html":…}
        Matcher m = Pattern.compile("\"to\":\\[\"(" + Pattern.quote(marker) + "-\\d+@example\\.org)\"\\][^{}]*?\"date\":\"([^\"]+)\",\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        while (m.find()) {
            if (m.group(3).contains(marker)) {
                found.merge(m.group(1), Instant.parse(m.group(2)), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return found;
    }

    private static Map<Integer, Long> count(List<Integer> statuses) {
        Map<Integer, Long> counts = new HashMap<>();
        synchronized (statuses) {
            statuses.forEach(s -> counts.merge(s, 1L, Long::sum));
        }
        return counts;
    }

    private static long pct(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index));
    }
}
