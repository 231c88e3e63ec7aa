package se.icld.gendernetwork.faults;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bounded load of one scenario, as real clients would produce it: submissions at a fixed rate
 * (70 % with an {@code Idempotency-Key}, 30 % without), each 503, 5xx, timeout or refused connection
 * retried with the same key and body (after {@code Retry-After}, capped at 2 s so a run stays short;
 * against the other intake when one refuses connections); two reviewers claiming and deciding or
 * asking for information; applicants answering and withdrawing with their status token.
 * Every personal field carries the run's marker, so the audit can find any of it in a log line.
 */
final class Load {

    enum Plan { NONE, DECIDE, INFO_THEN_DECIDE, WITHDRAW }

    static final String PHONE = "+57 318 555 0199";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TOKEN = Pattern.compile("[?&]token=([^&\"]+)");
    private static final String[] OUTCOMES = {"ACCEPTED", "WAITLISTED", "REJECTED"};
    private static final String[] USERS = {"reviewer:reviewer-local", "reviewer2:reviewer2-local"};

    /** One logical submission: one applicant, one body, sent until it is answered. */
    static final class Sub {
        final String tag;
        final int n;
        final String email;
        final String key;
        final String body;
        final Plan plan;
        final int reviewer;
        final String outcome;
        final Integer preferredIntake;
        volatile String id;
        volatile String token;
        volatile boolean accepted;
        volatile boolean done;
        volatile int lastStatus;
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger actionAttempts = new AtomicInteger();
        volatile int step;
        volatile boolean finished;
        volatile long nextTry;

        Sub(String marker, String tag, int n, String key, Plan plan, Integer preferredIntake) {
            this.tag = tag;
            this.n = n;
            this.email = marker + "." + tag + "." + n + "@example.org";
            this.key = key;
            this.plan = plan;
            this.reviewer = n % 2;
            this.outcome = OUTCOMES[n % 3];
            this.preferredIntake = preferredIntake;
            String name = "Ana " + Character.toUpperCase(marker.charAt(0)) + marker.substring(1);
            this.body = """
                    {"applicant": {"fullName": "%s", "email": "%s", "phone": "%s",
                                   "position": "Directora Municipal de la Mujer", "preferredLanguage": "es"},
                     "municipality": {"name": "Florida", "region": "Valle del Cauca", "country": "CO"},
                     "motivation": "Queremos fortalecer la participación de las mujeres en %s y aprender de la red.",
                     "focusAreas": ["POLITICAL_PARTICIPATION"], "workshops": {"local": true, "sweden": %s},
                     "partnershipInterest": true, "mentorshipInterest": false,
                     "consent": {"dataProcessing": true, "noticeVersion": "2024-01"}}"""
                    .formatted(name, email, PHONE, marker, n % 2 == 0);
        }
    }

    final String marker;
    final String tag;
    private final Supplier<List<Integer>> intakes;
    private final List<Sub> subs = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService senders = Executors.newFixedThreadPool(6, daemon("load-submit"));
    private final ExecutorService actors = Executors.newFixedThreadPool(3, daemon("load-act"));
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicInteger roundRobin = new AtomicInteger();
    private volatile boolean stopActions;
    private volatile long submitDeadline;
    private Thread pacer;
    final AtomicInteger http503 = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger timeouts = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();

    Load(String marker, String tag, Supplier<List<Integer>> intakes) {
        this.marker = marker;
        this.tag = tag;
        this.intakes = intakes;
        this.submitDeadline = System.currentTimeMillis() + 300_000;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    List<Sub> subs() {
        synchronized (subs) {
            return List.copyOf(subs);
        }
    }

    List<Sub> accepted() {
        return subs().stream().filter(s -> s.accepted).toList();
    }

    /** Submissions at {@code rate} per second for {@code seconds}, with reviewer and applicant actions. */
    void start(double rate, int seconds, boolean actions) {
        submitDeadline = System.currentTimeMillis() + (seconds + 120) * 1000L;
        pacer = new Thread(() -> {
            long t0 = System.nanoTime();
            int total = (int) Math.round(rate * seconds);
            for (int i = 0; i < total; i++) {
                long due = t0 + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                submit(newSub(randomPlan(), null, null));
            }
        }, "load-pacer");
        pacer.setDaemon(true);
        pacer.start();
        if (actions) {
            actors.execute(() -> reviewerLoop(0));
            actors.execute(() -> reviewerLoop(1));
            actors.execute(this::applicantLoop);
        }
    }

    Sub newSub(Plan plan, String key, Integer preferredIntake) {
        int n = counter.incrementAndGet();
        boolean withKey = key != null || ThreadLocalRandom.current().nextInt(10) < 7;
        Sub s = new Sub(marker, tag, n, key != null ? key : withKey ? "fk-" + HexFormat.of().formatHex(randomBytes(12)) : null,
                plan, preferredIntake);
        subs.add(s);
        return s;
    }

    private static Plan randomPlan() {
        int r = ThreadLocalRandom.current().nextInt(100);
        return r < 35 ? Plan.DECIDE : r < 50 ? Plan.INFO_THEN_DECIDE : r < 60 ? Plan.WITHDRAW : Plan.NONE;
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    void submit(Sub s) {
        senders.execute(() -> send(s));
    }

    /** Waits until the pacer has issued everything and every submission was answered or given up. */
    void awaitSubmissions() throws InterruptedException {
        if (pacer != null) {
            pacer.join();
        }
        while (subs().stream().anyMatch(s -> !s.done) && System.currentTimeMillis() < submitDeadline + 30_000) {
            Thread.sleep(200);
        }
    }

    void stopActions() {
        stopActions = true;
    }

    void close() {
        stopActions = true;
        if (pacer != null) {
            pacer.interrupt();
        }
        senders.shutdownNow();
        actors.shutdownNow();
    }

    private void send(Sub s) {
        try {
            for (int attempt = 1; attempt <= 40 && System.currentTimeMillis() < submitDeadline; attempt++) {
                s.attempts.incrementAndGet();
                List<Integer> ports = intakes.get();
                int port = s.preferredIntake != null ? s.preferredIntake : ports.get(Math.floorMod(roundRobin.getAndIncrement(), ports.size()));
                long pause = 1000;
                try {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/submissions"))
                            .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(s.body));
                    if (s.key != null) {
                        request.header("Idempotency-Key", s.key);
                    }
                    HttpResponse<String> response = Stack.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    int status = response.statusCode();
                    s.lastStatus = status;
                    if (status == 202) {
                        JsonNode json = JSON.readTree(response.body());
                        s.id = json.path("submissionId").asString();
                        Matcher m = TOKEN.matcher(json.path("statusUrl").asString());
                        s.token = m.find() ? m.group(1) : null;
                        s.accepted = true;
                        return;
                    }
                    if (status == 503 || status == 429 || status >= 500) {
                        http503.incrementAndGet();
                        pause = Math.min(2000, 1000L * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
                    } else {
                        rejected.incrementAndGet();
                        return;
                    }
                } catch (ConnectException e) {
                    refused.incrementAndGet();
                    pause = 500;
                } catch (IOException e) {
                    timeouts.incrementAndGet();
                }
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            Log.say("  load: a submission failed in the client: %s", e.getClass().getSimpleName());
        } finally {
            s.done = true;
        }
    }

    // --- reviewers and applicants ---------------------------------------------------------------

    private void reviewerLoop(int reviewer) {
        while (!stopActions) {
            for (Sub s : accepted()) {
                if (stopActions) {
                    return;
                }
                if (s.reviewer != reviewer || s.finished || System.currentTimeMillis() < s.nextTry) {
                    continue;
                }
                if (s.plan == Plan.DECIDE || s.plan == Plan.INFO_THEN_DECIDE) {
                    try {
                        review(s, reviewer);
                    } catch (IOException e) {
                        s.nextTry = System.currentTimeMillis() + 2000;
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            pause(300);
        }
    }

    private void review(Sub s, int reviewer) throws IOException, InterruptedException {
        String app = "/api/v1/review/applications/" + s.id;
        boolean info = s.plan == Plan.INFO_THEN_DECIDE;
        switch (s.step) {
            case 0, 3 -> {
                int st = reviewerPost(reviewer, app + "/claim", null);
                if (st == 200) {
                    s.step = s.step == 0 ? 1 : 4;
                } else if (st == 409) {
                    s.step = s.step == 0 ? 1 : 4; // already ours (or decided): the next call tells
                } else {
                    s.nextTry = System.currentTimeMillis() + 1000;
                }
            }
            case 1, 4 -> {
                int st;
                if (info && s.step == 1) {
                    st = reviewerPost(reviewer, app + "/info-request", "{\"message\": \"¿Pueden enviar el acta del concejo municipal?\"}");
                    if (st == 200) {
                        s.step = 2;
                    }
                } else {
                    st = reviewerPost(reviewer, app + "/decision",
                            "{\"outcome\": \"" + s.outcome + "\", \"message\": \"Gracias por su interés en la red.\"}");
                    if (st == 200) {
                        s.finished = true;
                    }
                }
                if (st == 409) {
                    s.step = s.step == 1 ? 0 : 3;
                    s.nextTry = System.currentTimeMillis() + 1000;
                    if (s.actionAttempts.incrementAndGet() > 60) {
                        s.finished = true;
                    }
                } else if (st != 200) {
                    s.nextTry = System.currentTimeMillis() + 1000;
                }
            }
            default -> {
                // step 2: waiting for the applicant's answer
            }
        }
    }

    private void applicantLoop() {
        while (!stopActions) {
            for (Sub s : accepted()) {
                if (stopActions) {
                    return;
                }
                if (s.finished || s.token == null || System.currentTimeMillis() < s.nextTry) {
                    continue;
                }
                try {
                    String base = "/api/v1/applications/" + s.id;
                    if (s.plan == Plan.WITHDRAW) {
                        int st = applicantPost(base + "/withdrawal?token=" + s.token, null);
                        if (st == 200 || st == 409) {
                            s.finished = true;
                        } else {
                            s.nextTry = System.currentTimeMillis() + 1000;
                        }
                    } else if (s.plan == Plan.INFO_THEN_DECIDE && s.step == 2) {
                        int st = applicantPost(base + "/information?token=" + s.token,
                                "{\"message\": \"Adjuntamos el acta, " + marker + ".\"}");
                        if (st == 200) {
                            s.step = 3;
                        } else {
                            s.nextTry = System.currentTimeMillis() + 1000;
                        }
                    }
                } catch (IOException e) {
                    s.nextTry = System.currentTimeMillis() + 2000;
                } catch (InterruptedException e) {
                    return;
                }
            }
            pause(300);
        }
    }

    private void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            stopActions = true;
        }
    }

    static int reviewerPost(int reviewer, String path, String body) throws IOException, InterruptedException {
        IOException last = null;
        int[] ports = reviewer == 0 ? new int[] {Stack.REVIEW_1, Stack.REVIEW_2} : new int[] {Stack.REVIEW_2, Stack.REVIEW_1};
        for (int port : ports) {
            try {
                return post(port, path, body, USERS[reviewer]);
            } catch (ConnectException e) {
                last = e;
            }
        }
        throw last;
    }

    static int applicantPost(String path, String body) throws IOException, InterruptedException {
        try {
            return post(Stack.REVIEW_1, path, body, null);
        } catch (ConnectException e) {
            return post(Stack.REVIEW_2, path, body, null);
        }
    }

    static int post(int port, String path, String body, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        return Stack.HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
