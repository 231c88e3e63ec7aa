package se.icld.gendernetwork.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;

/**
 * The fault run: starts the {@link Stack}, runs each scenario under a bounded {@link Load}, waits
 * until the system is quiet again, audits ({@link Audit}) and prints the report.
 *
 *   java -cp ... se.icld.gendernetwork.faults.FaultRun ROOT WORK [--quick] [--only=a,b]
 */
public final class FaultRun {

    /** Timings of a run: quick (CI) or full. */
    record Profile(boolean quick, double rate, int pre, int fault, int post, int mongoOutage, int races,
                   int stallSeconds, int maxQuietSeconds) {
        static Profile of(boolean quick) {
            return quick ? new Profile(true, 2, 3, 8, 3, 50, 6, 60, 180)
                         : new Profile(false, 4, 10, 25, 10, 90, 30, 90, 420);
        }
    }

    interface Fault {
        /**
         * Injects the fault while the load runs and removes it; returns how many emails it can have left in
         * the documented window (per crash, {@link SmtpFront#window}; per outcome not written, one).
         */
        int run(FaultRun run, Load load, Audit.Row row) throws Exception;
    }

    record Scenario(String name, String what, Fault fault) {
    }

    final Stack stack;
    final Truth truth;
    final Profile profile;
    final String marker;
    private final List<String> extraPersonal = new ArrayList<>();
    private volatile long faultEnd;
    /** Set by a scenario: true if its fault met the system (a fault that met nothing proves nothing). */
    volatile Check exercisedCheck;
    private int tagCounter;

    FaultRun(Stack stack, Truth truth, Profile profile) {
        this.stack = stack;
        this.truth = truth;
        this.profile = profile;
        StringBuilder m = new StringBuilder("qz");
        for (int i = 0; i < 6; i++) {
            m.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        this.marker = m.toString();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        boolean quick = List.of(args).contains("--quick");
        Set<String> only = new HashSet<>();
        for (String a : args) {
            if (a.startsWith("--only=")) {
                only.addAll(List.of(a.substring(7).split(",")));
            }
        }
        Profile profile = Profile.of(quick);
        Stack stack = new Stack(root, work, 240);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "faults-stop"));
        List<Audit.Row> rows = new ArrayList<>();
        int code;
        long t0 = System.nanoTime();
        try {
            Log.say("Starting the stack (logs in %s)", stack.logs);
            stack.start();
            try (Truth truth = new Truth(stack.logs)) {
                FaultRun run = new FaultRun(stack, truth, profile);
                for (Scenario s : scenarios()) {
                    if (!only.isEmpty() && !only.contains(s.name())) {
                        continue;
                    }
                    rows.add(run.runScenario(s));
                }
            }
        } catch (Exception e) {
            Log.say("the run stopped: %s", e);
            Audit.Row broken = new Audit.Row("harness", "the run itself");
            broken.error = e.toString();
            rows.add(broken);
        } finally {
            code = Report.write(rows, work.resolve("report.txt"), profile, (System.nanoTime() - t0) / 1_000_000_000);
            Log.say("Stopping everything ...");
        }
        System.exit(code);
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("baseline", "no fault: the control row", (r, l, row) -> r.steady(l, () -> { }, () -> { })),
                new Scenario("broker-kill", "kill -9 of the broker during submissions, restarted after the fault time",
                        (r, l, row) -> r.clientsSawIt(l, row, r.stack.kafka::kill9, r.stack.kafka::start)),
                new Scenario("broker-freeze", "SIGSTOP of the broker (longer than intake's 3 s wait), then SIGCONT",
                        (r, l, row) -> r.clientsSawIt(l, row, r.stack.kafka::freeze, r.stack.kafka::resume)),
                new Scenario("intake-sigterm", "SIGTERM of intake-1 under load (clients fail over to intake-2), restarted; "
                        + "plus 5 Idempotency-Keys each sent with two bodies to the two intakes", FaultRun::intakeTerm),
                new Scenario("review-kill", "kill -9 of review-1 while it registers a batch, restarted after the fault time",
                        (r, l, row) -> r.steady(l, r.stack.review1::kill9, r.stack.review1::start)),
                new Scenario("review-rebalance", "review-2 leaves (SIGTERM) under load and joins again (rebalances)",
                        (r, l, row) -> r.steady(l, () -> r.stack.review2.stop(30), r.stack.review2::start)),
                new Scenario("mongo-outage", "the MongoDB wire server stopped (SIGTERM) for longer than the old 5-attempt "
                        + "retry budget (consumers now retry without a limit), then started", FaultRun::mongoOutage),
                new Scenario("poison", "malformed JSON, wrong schema and oversized (~1 MB) records on each of the three "
                        + "consumed topics, under load", FaultRun::poison),
                new Scenario("concurrent-decisions", "two reviewers claim the same application at once, then two decisions "
                        + "(two replicas) and the applicant's withdrawal at once, many times", FaultRun::races),
                new Scenario("smtp-refuse", "the SMTP front refuses connections", smtp(SmtpFront.Mode.REFUSE)),
                new Scenario("smtp-4xx", "the SMTP front answers 451 to MAIL FROM", smtp(SmtpFront.Mode.TEMP_FAIL)),
                new Scenario("smtp-5xx", "the SMTP front answers 550 to RCPT TO", smtp(SmtpFront.Mode.PERM_FAIL)),
                new Scenario("smtp-drop", "the message reaches GreenMail, then the connection is closed before the 250",
                        smtp(SmtpFront.Mode.DROP_AFTER_DATA)),
                new Scenario("smtp-slow", "the message reaches GreenMail, the 250 comes 15 s late (client timeout 10 s)",
                        smtp(SmtpFront.Mode.SLOW_AFTER_DATA)),
                new Scenario("notification-crash", "notification-1 and -2 each killed (kill -9) once after the SMTP server's "
                        + "250 and before the log write, restarted", FaultRun::notificationCrash),
                new Scenario("net-latency", "150 ms added to every chunk between the services and the broker (TCP proxy)",
                        (r, l, row) -> r.steady(l, () -> r.stack.brokerProxy.latency = 150, r.stack.brokerProxy::clean)),
                new Scenario("net-loss", "5 % of chunks stalled 0.2-1 s (a lost, retransmitted segment), 0.2 % of chunks "
                        + "reset the connection, between the services and the broker (TCP proxy)",
                        (r, l, row) -> r.steady(l, () -> {
                            r.stack.brokerProxy.loss = 0.05;
                            r.stack.brokerProxy.resetRate = 0.002;
                        }, r.stack.brokerProxy::clean)));
    }

    interface Action {
        void run() throws Exception;
    }

    interface Check {
        boolean met() throws Exception;
    }

    // --- the scenario skeleton ------------------------------------------------------------------

    Audit.Row runScenario(Scenario s) {
        Audit.Row row = new Audit.Row(s.name(), s.what());
        String tag = String.format(Locale.ROOT, "s%02d", ++tagCounter);
        Log.say("== %s: %s", s.name(), s.what());
        Load load = new Load(marker, tag, this::liveIntakes);
        int crashes = 0;
        try {
            faultEnd = 0;
            exercisedCheck = null;
            crashes = s.fault().run(this, load, row);
            if (faultEnd == 0) {
                faultEnd = System.currentTimeMillis();
            }
            load.awaitSubmissions();
            Thread.sleep(3000);
            load.stopActions();
            healStack();
            quiet(load, row);
            Audit.check(row, load, truth, stack.deliveries, crashes, extraPersonal);
            if (exercisedCheck != null && !exercisedCheck.met() && row.error == null) {
                row.error = "the fault met nothing (see the notes): this row proves nothing";
            }
        } catch (Exception e) {
            row.error = e.toString();
            Log.say("  %s failed: %s", s.name(), e);
            try {
                healStack();
            } catch (Exception again) {
                Log.say("  could not restore the stack: %s", again);
            }
        } finally {
            load.close();
        }
        Log.say("   %d accepted, %d lost, %d duplicate applications, %d duplicate emails (%d within the window), "
                + "%d missing emails, %d status mismatches, recovery %s", row.accepted, row.lost, row.duplicateApplications,
                row.duplicateEmails, row.withinWindow, row.missingEmails, row.statusMismatches, Report.recovery(row));
        return row;
    }

    List<Integer> liveIntakes() {
        List<Integer> ports = new ArrayList<>();
        if (stack.intake1.alive()) {
            ports.add(Stack.INTAKE_1);
        }
        if (stack.intake2.alive()) {
            ports.add(Stack.INTAKE_2);
        }
        return ports.isEmpty() ? List.of(Stack.INTAKE_1, Stack.INTAKE_2) : ports;
    }

    /** Load for pre + fault + post seconds; the fault from pre to pre + fault. */
    int steady(Load load, Action inject, Action remove) throws Exception {
        load.start(profile.rate(), profile.pre() + profile.fault() + profile.post(), true);
        Thread.sleep(profile.pre() * 1000L);
        Log.say("  fault on");
        inject.run();
        Thread.sleep(profile.fault() * 1000L);
        remove.run();
        faultEnd = System.currentTimeMillis();
        Log.say("  fault off");
        return 0;
    }

    /** {@link #steady}, checking that clients met the fault: a 503, a timeout or a refused connection. */
    int clientsSawIt(Load load, Audit.Row row, Action inject, Action remove) throws Exception {
        int before = load.http503.get() + load.timeouts.get() + load.refused.get();
        steady(load, inject, remove);
        int seen = load.http503.get() + load.timeouts.get() + load.refused.get() - before;
        row.notes.add(seen + " client requests answered 503, timed out or refused during the fault");
        exercisedCheck = () -> seen > 0;
        return 0;
    }

    /** Every process running and ready again, every fault removed (after a scenario, even a failed one). */
    void healStack() throws Exception {
        stack.brokerProxy.clean();
        stack.front1.mode(SmtpFront.Mode.PASS);
        stack.front2.mode(SmtpFront.Mode.PASS);
        for (Proc p : List.of(stack.kafka, stack.infraMongo, stack.infraMail)) {
            if (!p.alive()) {
                Log.say("  restarting %s", p.name);
                p.start();
            }
            stack.waitReady(p);
        }
        stack.kafka.resume();
        for (Proc p : stack.services) {
            if (!p.alive()) {
                Log.say("  restarting %s", p.name);
                p.start();
            }
        }
        for (Proc p : stack.services) {
            stack.waitReady(p);
        }
    }

    /**
     * Until every accepted submission is registered, every email its history calls for is SENT,
     * FAILED or UNKNOWN in the log, no outbox holds an event and both consumer groups have no lag; or until
     * nothing changed for the stall time. The recovery time runs from the end of the fault.
     */
    void quiet(Load load, Audit.Row row) throws Exception {
        long start = System.currentTimeMillis();
        long lastChange = start;
        String last = "";
        while (true) {
            List<String> ids = load.accepted().stream().map(s -> s.id).distinct().toList();
            String signature;
            boolean done;
            try {
                List<Document> apps = truth.applicationsById(ids);
                int expected = 0;
                boolean outboxEmpty = true;
                for (Document d : apps) {
                    expected += Truth.expectedEmails(d).values().stream().mapToInt(Integer::intValue).sum();
                    outboxEmpty &= d.getList("outbox", Document.class, List.of()).isEmpty();
                }
                List<Document> log = truth.notifications(ids);
                // UNKNOWN is settled for the run: held for hours by design (reported in its own column)
                long finished = log.stream().filter(n -> Set.of("SENT", "FAILED", "UNKNOWN").contains(n.getString("status")))
                        .count();
                long open = log.size() - finished;
                long lag = truth.lag();
                signature = apps.size() + "/" + expected + "/" + finished + "/" + open + "/" + lag + "/" + outboxEmpty;
                done = apps.size() == ids.size() && finished >= expected && open == 0 && lag == 0 && outboxEmpty;
            } catch (RuntimeException e) {
                signature = "error " + e.getClass().getSimpleName();
                done = false;
            }
            long now = System.currentTimeMillis();
            if (done) {
                row.recoveryMs = Math.max(0, now - faultEnd);
                return;
            }
            if (!signature.equals(last)) {
                last = signature;
                lastChange = now;
            }
            if (now - lastChange > profile.stallSeconds() * 1000L || now - start > profile.maxQuietSeconds() * 1000L) {
                row.recoveryNote = "not quiet after " + (now - faultEnd) / 1000 + " s";
                Log.say("  not quiet: registered/expected emails/finished/open/lag/outbox empty = %s", signature);
                return;
            }
            Thread.sleep(2000);
        }
    }

    // --- scenarios with their own shape ---------------------------------------------------------

    static int intakeTerm(FaultRun r, Load load, Audit.Row row) throws Exception {
        // Same key, two bodies, two intakes: the second must be refused (422) or be its own application.
        for (int i = 0; i < 5; i++) {
            String key = "fk-shared-" + UUID.randomUUID();
            Load.Sub first = load.newSub(Load.Plan.NONE, key, Stack.INTAKE_1);
            Load.Sub second = load.newSub(Load.Plan.NONE, key, Stack.INTAKE_2);
            load.submit(first);
            Thread.sleep(300);
            load.submit(second);
        }
        return r.steady(load, () -> r.stack.intake1.stop(30), r.stack.intake1::start);
    }

    static int mongoOutage(FaultRun r, Load load, Audit.Row row) throws Exception {
        Profile p = r.profile;
        load.start(p.rate(), p.pre() + p.mongoOutage() + p.post(), true);
        Thread.sleep(p.pre() * 1000L);
        Log.say("  fault on: MongoDB stopped for %d s", p.mongoOutage());
        List<Proc> notifiers = List.of(r.stack.notify1, r.stack.notify2);
        List<Long> logFrom = new ArrayList<>();
        for (Proc n : notifiers) {
            logFrom.add(Files.exists(n.log()) ? Files.size(n.log()) : 0L);
        }
        r.stack.infraMongo.stop(20);
        int before = load.accepted().size();
        Thread.sleep(p.mongoOutage() * 1000L);
        int during = load.accepted().size() - before;
        r.stack.infraMongo.start();
        r.faultEnd = System.currentTimeMillis();
        Log.say("  fault off");
        row.notes.add(during + " submissions accepted while MongoDB was down");
        r.exercisedCheck = () -> during > 0;
        // The outage outlasts the fault run's lease (20 s): an email sent (250) just as MongoDB went away has
        // its outcome kept in memory by the instance that sent it, and the other instance may claim the entry
        // first when MongoDB is back and send it again with the same Message-ID. That is the documented
        // window 1 (notification-service README, "The duplicate windows"), like a crash after the 250:
        // each such outcome, which notification logs by id, allows one duplicate.
        Set<String> inDoubt = new HashSet<>();
        for (int i = 0; i < notifiers.size(); i++) {
            inDoubt.addAll(outcomesKeptInMemory(notifiers.get(i).log(), logFrom.get(i)));
        }
        if (!inDoubt.isEmpty()) {
            row.notes.add(inDoubt.size() + " email outcome(s) kept in memory past the lease (sent, not yet written)");
        }
        return inDoubt.size();
    }

    private static final Pattern KEPT_IN_MEMORY = Pattern.compile(
            "notification (\\S+): outcome not written, MongoDB unavailable for the whole lease");

    /** Ids of the notices whose outcome notification kept in memory, from its log after {@code from} bytes. */
    static Set<String> outcomesKeptInMemory(Path log, long from) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(log)) {
            return ids;
        }
        byte[] all = Files.readAllBytes(log);
        int start = (int) Math.min(from, all.length);
        Matcher m = KEPT_IN_MEMORY.matcher(new String(all, start, all.length - start, StandardCharsets.UTF_8));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static int poison(FaultRun r, Load load, Audit.Row row) throws Exception {
        Profile p = r.profile;
        load.start(p.rate(), p.pre() + p.post() + 4, true);
        Thread.sleep(p.pre() * 1000L);
        String pii = r.marker + ".poison@example.org";
        r.extraPersonal.add(pii);
        String big = "x".repeat(1_000_000);
        Map<String, List<String>> poison = new LinkedHashMap<>();
        poison.put("intake.submissions.v1", List.of(
                "{\"submissionId\": \"" + UUID.randomUUID() + "\", \"applicant\": {\"email\": \"" + pii + "\", \"fullName\": \"Ana",
                "{\"submissionId\": 42, \"applicant\": {\"fullName\": 12345, \"email\": [\"" + pii + "\"]}, \"consent\": \"yes\"}",
                "{\"submissionId\": \"" + UUID.randomUUID() + "\", \"motivation\": \"" + big + "\"}"));
        poison.put("review.applications.v1", List.of(
                "{\"type\": \"ApplicationRegistered\", \"recipient\": {\"email\": \"" + pii + "\", \"fullName\": \"Ana",
                "{\"type\": \"ApplicationRegistered\", \"eventId\": 7, \"applicationId\": \"" + UUID.randomUUID()
                        + "\", \"recipient\": {\"fullName\": [1], \"email\": {\"x\": \"" + pii + "\"}}}",
                "{\"type\": \"ApplicationRegistered\", \"eventId\": \"" + UUID.randomUUID() + "\", \"applicationId\": \""
                        + UUID.randomUUID() + "\", \"reference\": \"" + big + "\"}"));
        poison.put("notification.deliveries.v1", List.of(
                "{\"type\": \"NotificationSent\", \"messageId\": \"<" + pii,
                "{\"type\": \"NotificationSent\", \"eventId\": [], \"applicationId\": 3, \"template\": {\"to\": \"" + pii + "\"}}",
                // well-formed, valid ids, an application nobody holds, a megabyte "template": refused by
                // review's check of what a delivery report is (DeliveryReports), not by the JSON read
                "{\"type\": \"NotificationSent\", \"eventId\": \"" + UUID.randomUUID() + "\", \"occurredAt\": \""
                        + java.time.Instant.now() + "\", \"applicationId\": \"" + UUID.randomUUID()
                        + "\", \"language\": \"es\", \"messageId\": \"<x.receipt@gender-network.local>\", \"template\": \""
                        + big + "\"}"));
        Properties props = Stack.kafkaProps();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(2 * 1024 * 1024));
        Map<String, String> keys = new LinkedHashMap<>();
        Log.say("  fault on: 9 poison records");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            for (var e : poison.entrySet()) {
                String[] kinds = {"malformed", "wrong-schema", "oversized"};
                for (int i = 0; i < 3; i++) {
                    String key = UUID.randomUUID().toString();
                    keys.put(key, e.getKey() + " " + kinds[i]);
                    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(e.getKey(), key.getBytes(StandardCharsets.UTF_8),
                            e.getValue().get(i).getBytes(StandardCharsets.UTF_8));
                    record.headers().add("contentType", "application/json".getBytes(StandardCharsets.UTF_8));
                    producer.send(record).get(30, TimeUnit.SECONDS);
                }
            }
        }
        r.faultEnd = System.currentTimeMillis();
        Log.say("  fault off");
        load.awaitSubmissions();
        // Wait for the dead letters (a record no consumer can read is dead-lettered at once).
        long deadline = System.currentTimeMillis() + 90_000;
        Set<String> missing = new HashSet<>(keys.keySet());
        while (!missing.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(3000);
            r.truth.readTopics();
            for (Truth.DeadLetter l : r.truth.deadLetters) {
                missing.remove(l.key());
            }
        }
        for (String key : missing) {
            row.notes.add("not dead-lettered: " + keys.get(key));
        }
        if (!missing.isEmpty()) {
            row.error = missing.size() + " of 9 poison records never reached their dead-letter topic";
        }
        return 0;
    }

    static int races(FaultRun r, Load load, Audit.Row row) throws Exception {
        int n = r.profile.races();
        List<Load.Sub> subs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Load.Sub s = load.newSub(Load.Plan.NONE, "fk-race-" + UUID.randomUUID(), null);
            subs.add(s);
            load.submit(s);
        }
        load.awaitSubmissions();
        // wait until registered
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline
                && r.truth.applicationsById(subs.stream().filter(s -> s.accepted).map(s -> s.id).toList()).size()
                        < subs.stream().filter(s -> s.accepted).count()) {
            Thread.sleep(1000);
        }
        Log.say("  fault on: %d races", n);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        int doubleClaims = 0, doubleWins = 0, noWin = 0;
        try {
            for (Load.Sub s : subs) {
                if (!s.accepted) {
                    continue;
                }
                String app = "/api/v1/review/applications/" + s.id;
                CyclicBarrier two = new CyclicBarrier(2);
                Future<Integer> a = pool.submit(() -> { two.await(); return Load.post(Stack.REVIEW_1, app + "/claim", null, "reviewer:reviewer-local"); });
                Future<Integer> b = pool.submit(() -> { two.await(); return Load.post(Stack.REVIEW_2, app + "/claim", null, "reviewer2:reviewer2-local"); });
                int ca = a.get(30, TimeUnit.SECONDS), cb = b.get(30, TimeUnit.SECONDS);
                if (ca == 200 && cb == 200) {
                    doubleClaims++;
                }
                String winner = ca == 200 ? "reviewer:reviewer-local" : "reviewer2:reviewer2-local";
                CyclicBarrier three = new CyclicBarrier(3);
                Future<Integer> d1 = pool.submit(() -> { three.await(); return Load.post(Stack.REVIEW_1, app + "/decision",
                        "{\"outcome\": \"ACCEPTED\", \"message\": \"Bienvenida.\"}", winner); });
                Future<Integer> d2 = pool.submit(() -> { three.await(); return Load.post(Stack.REVIEW_2, app + "/decision",
                        "{\"outcome\": \"REJECTED\", \"message\": \"Lo sentimos.\"}", winner); });
                Future<Integer> w = pool.submit(() -> { three.await(); return Load.post(Stack.REVIEW_1,
                        "/api/v1/applications/" + s.id + "/withdrawal?token=" + s.token, null, null); });
                int wins = 0;
                for (Future<Integer> f : List.of(d1, d2, w)) {
                    if (f.get(30, TimeUnit.SECONDS) / 100 == 2) {
                        wins++;
                    }
                }
                if (wins > 1) {
                    doubleWins++;
                } else if (wins == 0) {
                    noWin++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        r.faultEnd = System.currentTimeMillis();
        // the stored truth: at most one DECIDED or WITHDRAWN per application
        int doubleDecided = 0;
        for (Document d : r.truth.applicationsById(subs.stream().filter(s -> s.accepted).map(s -> s.id).toList())) {
            long finals = d.getList("history", Document.class, List.of()).stream()
                    .filter(h -> Set.of("DECIDED", "WITHDRAWN").contains(h.getString("action"))).count();
            if (finals > 1) {
                doubleDecided++;
            }
        }
        row.notes.add(n + " races: " + doubleClaims + " double claims, " + doubleWins + " with two winners, " + noWin
                + " with no winner, " + doubleDecided + " applications with two final entries in their history");
        if (doubleClaims + doubleWins + doubleDecided > 0) {
            row.error = "two reviewers (or a reviewer and the applicant) both won a race";
        }
        return 0;
    }

    static Fault smtp(SmtpFront.Mode mode) {
        return (r, load, row) -> {
            int before = r.stack.front1.faulted.get() + r.stack.front2.faulted.get();
            int closedBefore = r.stack.front1.closedByRefuse.get() + r.stack.front2.closedByRefuse.get();
            long[] on = new long[1];
            r.steady(load, () -> {
                on[0] = System.currentTimeMillis();
                r.stack.front1.mode(mode);
                r.stack.front2.mode(mode);
            }, () -> {
                r.stack.front1.mode(SmtpFront.Mode.PASS);
                r.stack.front2.mode(SmtpFront.Mode.PASS);
            });
            long off = r.faultEnd;
            if (mode == SmtpFront.Mode.REFUSE) {
                int closed = r.stack.front1.closedByRefuse.get() + r.stack.front2.closedByRefuse.get() - closedBefore;
                row.notes.add(closed + " open SMTP connections closed when the front stopped listening");
                r.exercisedCheck = () -> {
                    // A refused connection charges no attempt (nothing reached a server): the evidence is
                    // in the timing, notices that came due while nothing listened and went out after.
                    long waited = r.truth.notifications(load.accepted().stream().map(s -> s.id).distinct().toList()).stream()
                            .filter(n -> n.getDate("createdAt") != null && n.getDate("sentAt") != null
                                    && n.getDate("createdAt").getTime() >= on[0] && n.getDate("createdAt").getTime() < off
                                    && n.getDate("sentAt").getTime() >= off)
                            .count();
                    row.notes.add(waited + " notices came due while the connections were refused and went out after");
                    return waited > 0;
                };
            } else {
                int hits = r.stack.front1.faulted.get() + r.stack.front2.faulted.get() - before;
                row.notes.add(hits + " messages met the fault");
                r.exercisedCheck = () -> hits > 0;
            }
            return 0;
        };
    }

    static int notificationCrash(FaultRun r, Load load, Audit.Row row) throws Exception {
        Profile p = r.profile;
        int before = r.stack.front1.crashed.get() + r.stack.front2.crashed.get();
        int windowBefore = r.stack.front1.window.get() + r.stack.front2.window.get();
        load.start(p.rate(), p.pre() + p.fault() + p.post(), true);
        Thread.sleep(p.pre() * 1000L);
        Log.say("  fault on: each notification replica dies once after a 250");
        r.stack.front1.mode(SmtpFront.Mode.CRASH_AFTER_250);
        r.stack.front2.mode(SmtpFront.Mode.CRASH_AFTER_250);
        r.stack.front1.armCrash(1);
        r.stack.front2.armCrash(1);
        long deadline = System.currentTimeMillis() + p.fault() * 1000L;
        while (System.currentTimeMillis() < deadline
                && r.stack.front1.crashed.get() + r.stack.front2.crashed.get() - before < 2) {
            Thread.sleep(200);
        }
        r.stack.front1.mode(SmtpFront.Mode.PASS);
        r.stack.front2.mode(SmtpFront.Mode.PASS);
        for (Proc n : List.of(r.stack.notify1, r.stack.notify2)) {
            if (!n.alive()) {
                n.start();
            }
        }
        r.faultEnd = System.currentTimeMillis();
        Log.say("  fault off");
        int crashes = r.stack.front1.crashed.get() + r.stack.front2.crashed.get() - before;
        int window = r.stack.front1.window.get() + r.stack.front2.window.get() - windowBefore;
        row.notes.add(crashes + " crash(es) between the 250 and the log write, " + window
                + " message(s) handed a 250 and not yet followed by a command then (at most that many sent again)");
        r.exercisedCheck = () -> crashes > 0;
        return window;
    }
}
