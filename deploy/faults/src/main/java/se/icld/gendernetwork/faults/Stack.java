package se.icld.gendernetwork.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The processes of one fault run, on loopback ports of their own (31xxx), so the run can go on
 * beside a developer's local stack (8081–8083, 9092, 27017, 2525, 8025):
 * <pre>
 *  kafka          broker + controller (KRaft), listener SVC 31092 (advertised as the proxy 31094),
 *                 INTERNAL 31095 (the auditor and the poison producer), controller 31093
 *  infra-mongo    LocalInfra: the MongoDB wire server 31017 (its SMTP and inbox unused, free ports)
 *  infra-mail     LocalInfra: GreenMail SMTP 31025, inbox 31080 (its MongoDB unused, free port)
 *  broker proxy   31094 → 31092 (this JVM): latency and loss on demand
 *  SMTP fronts    31026 → 31025 for notification-1, 31027 → 31025 for notification-2 (this JVM)
 *  intake-1/2     31081 / 31084
 *  review-1/2     31082 / 31085
 *  notification-1/2 31083 / 31086
 * </pre>
 * MongoDB and SMTP run in two LocalInfra processes so that stopping MongoDB does not stop SMTP.
 */
final class Stack implements AutoCloseable {

    static final String VERSION = "0.1.0-SNAPSHOT";
    static final int KAFKA = 31092, KAFKA_CONTROLLER = 31093, KAFKA_PROXY = 31094, KAFKA_INTERNAL = 31095;
    static final int MONGO = 31017, SMTP = 31025, INBOX = 31080;
    static final int SMTP_FRONT_1 = 31026, SMTP_FRONT_2 = 31027;
    static final int INTAKE_1 = 31081, INTAKE_2 = 31084, REVIEW_1 = 31082, REVIEW_2 = 31085, NOTIFY_1 = 31083, NOTIFY_2 = 31086;
    static final String SECRET = "local-stack-status-secret-not-for-production";
    static final List<String> TOPICS = List.of("intake.submissions.v1", "review.applications.v1", "notification.deliveries.v1",
            "intake.submissions.v1.review-service.dlq", "review.applications.v1.notification-service.dlq",
            "notification.deliveries.v1.review-service.dlq");

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    final Path root;
    final Path work;
    final Path logs;
    private final Path pidFile;
    private final int startupSeconds;
    final Proc kafka, infraMongo, infraMail, intake1, intake2, review1, review2, notify1, notify2;
    final List<Proc> services;
    TcpProxy brokerProxy;
    SmtpFront front1, front2;
    /** Every message GreenMail accepted through the fronts, in order (the inbox API lists a Message-ID once). */
    final List<SmtpFront.Delivery> deliveries = java.util.Collections.synchronizedList(new ArrayList<>());

    Stack(Path root, Path work, int startupSeconds) throws IOException {
        this.root = root;
        this.work = work;
        this.logs = work.resolve("logs");
        this.pidFile = work.resolve("pids");
        this.startupSeconds = startupSeconds;
        Files.createDirectories(logs);
        Path infraTarget = root.resolve("deploy/local/infra/target");
        String kafkaCp = Files.readString(infraTarget.resolve("kafka.classpath")).strip();
        String infraCp = infraTarget.resolve("local-infra-" + VERSION + ".jar") + ":"
                + Files.readString(infraTarget.resolve("infra.classpath")).strip();
        Path serverProperties = writeKafkaConfig();
        List<String> small = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

        List<String> kafkaCmd = new ArrayList<>(List.of("java"));
        kafkaCmd.addAll(small);
        kafkaCmd.addAll(List.of("-cp", kafkaCp, "-Dlog4j2.configurationFile=" + root.resolve("deploy/local/kafka/log4j2.properties"),
                "kafka.Kafka", serverProperties.toString()));
        kafka = proc("kafka", kafkaCmd, Map.of());
        formatKafka(kafkaCp, serverProperties);

        infraMongo = proc("infra-mongo", infra(infraCp, work.resolve("mongo-data"), MONGO, 0, 0), Map.of());
        infraMail = proc("infra-mail", infra(infraCp, work.resolve("mail-data"), 0, SMTP, INBOX), Map.of());

        intake1 = service("intake-1", "intake-service", INTAKE_1, Map.of());
        intake2 = service("intake-2", "intake-service", INTAKE_2, Map.of());
        review1 = service("review-1", "review-service", REVIEW_1, review());
        review2 = service("review-2", "review-service", REVIEW_2, review());
        notify1 = service("notification-1", "notification-service", NOTIFY_1, notification(SMTP_FRONT_1));
        notify2 = service("notification-2", "notification-service", NOTIFY_2, notification(SMTP_FRONT_2));
        services = List.of(intake1, intake2, review1, review2, notify1, notify2);
    }

    /** A review replica: decision emails at once (the local profile holds them 2 minutes), as the audit expects. */
    private Map<String, String> review() {
        Map<String, String> env = new LinkedHashMap<>(mongo("review"));
        env.put("REVIEW_DECISION_GRACE_PERIOD", "0s");
        return env;
    }

    private Map<String, String> mongo(String db) {
        // A short server selection (5 s instead of 30 s): each retry of a consumer meets the outage after
        // 5 s, so a 50 s outage means about a dozen retries (more than the old 5-attempt budget) in a quick run.
        return Map.of("SPRING_MONGODB_URI", "mongodb://127.0.0.1:" + MONGO + "/" + db + "?serverSelectionTimeoutMS=5000");
    }

    private Map<String, String> notification(int smtpPort) {
        Map<String, String> env = new LinkedHashMap<>(mongo("notification"));
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", Integer.toString(smtpPort));
        // The lease after which a crashed attempt is sent again (default 2 m), above the 10 s SMTP timeouts.
        env.put("NOTIFICATION_RETRY_LEASE", "20s");
        // While sending is paused (smtp-4xx: 451 4.3.0 to MAIL FROM is a failure on our side), probe every
        // 10 s instead of every minute, so the run sees the resume inside its stall time.
        env.put("NOTIFICATION_SENDING_PROBEINTERVAL", "10s");
        return env;
    }

    private List<String> infra(String cp, Path data, int mongo, int smtp, int inbox) {
        return List.of("java", "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlocal.mongo.port=" + mongo, "-Dlocal.smtp.port=" + smtp, "-Dlocal.inbox.port=" + inbox,
                "-cp", cp, "se.icld.gendernetwork.localinfra.LocalInfra", data.toString());
    }

    private Proc service(String name, String module, int port, Map<String, String> extra) {
        Path jar = root.resolve(module + "/target/" + module + "-" + VERSION + ".jar");
        List<String> cmd = List.of("java", "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--spring.profiles.active=local");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(port));
        // Replicas of one service share the host: the actuator's own port is any free one (nothing scrapes it here).
        env.put("MANAGEMENT_SERVER_PORT", "0");
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KAFKA_PROXY);
        env.put("NETWORK_STATUS_BASE_URL", "http://127.0.0.1:" + REVIEW_1);
        env.put("INTAKE_RATE_LIMIT_PER_MINUTE", "1000000");
        env.putAll(extra);
        return proc(name, cmd, env);
    }

    private Proc proc(String name, List<String> cmd, Map<String, String> env) {
        return new Proc(name, cmd, env, logs.resolve(name + ".log"), pidFile);
    }

    private Path writeKafkaConfig() throws IOException {
        Path file = work.resolve("kafka-server.properties");
        Files.writeString(file, """
                # Written by the fault run: one KRaft node; the services reach it through the suite's proxy.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%d
                listeners=SVC://127.0.0.1:%d,INTERNAL://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d
                advertised.listeners=SVC://127.0.0.1:%d,INTERNAL://127.0.0.1:%d
                inter.broker.listener.name=INTERNAL
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,SVC:PLAINTEXT,INTERNAL:PLAINTEXT
                log.dirs=%s
                num.partitions=3
                default.replication.factor=1
                min.insync.replicas=1
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=3
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                auto.create.topics.enable=true
                group.initial.rebalance.delay.ms=0
                num.network.threads=2
                num.io.threads=2
                num.recovery.threads.per.data.dir=1
                """.formatted(KAFKA_CONTROLLER, KAFKA, KAFKA_INTERNAL, KAFKA_CONTROLLER, KAFKA_PROXY, KAFKA_INTERNAL,
                work.resolve("kafka-data")));
        return file;
    }

    private void formatKafka(String cp, Path serverProperties) throws IOException {
        if (Files.exists(work.resolve("kafka-data/meta.properties"))) {
            return;
        }
        String log4j = "-Dlog4j2.configurationFile=" + root.resolve("deploy/local/kafka/log4j2.properties");
        Path formatLog = logs.resolve("kafka-format.log");
        try {
            Process format = new ProcessBuilder("java", "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", cp, log4j,
                    "kafka.tools.StorageTool", "format", "-t", org.apache.kafka.common.Uuid.randomUuid().toString(),
                    "-c", serverProperties.toString())
                    .redirectErrorStream(true).redirectOutput(formatLog.toFile()).start();
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka's storage failed; see " + formatLog);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts everything, waits for readiness. */
    void start() throws Exception {
        brokerProxy = new TcpProxy(KAFKA_PROXY, KAFKA);
        front1 = new SmtpFront(SMTP_FRONT_1, SMTP, notify1::kill9, deliveries);
        front2 = new SmtpFront(SMTP_FRONT_2, SMTP, notify2::kill9, deliveries);
        long t0 = System.nanoTime();
        kafka.start();
        infraMongo.start();
        infraMail.start();
        waitForPort(infraMongo, MONGO);
        waitForPort(infraMail, SMTP);
        waitForPort(infraMail, INBOX);
        waitForPort(kafka, KAFKA);
        createTopics();
        Log.say("Kafka and both LocalInfra processes ready (%d s)", (System.nanoTime() - t0) / 1_000_000_000);
        for (Proc p : services) {
            p.start();
        }
        for (Proc p : services) {
            waitReady(p);
        }
        Log.say("every service ready (%d s)", (System.nanoTime() - t0) / 1_000_000_000);
    }

    static int portOf(Proc p) {
        return switch (p.name) {
            case "intake-1" -> INTAKE_1;
            case "intake-2" -> INTAKE_2;
            case "review-1" -> REVIEW_1;
            case "review-2" -> REVIEW_2;
            case "notification-1" -> NOTIFY_1;
            case "notification-2" -> NOTIFY_2;
            case "kafka" -> KAFKA;
            case "infra-mongo" -> MONGO;
            case "infra-mail" -> SMTP;
            default -> throw new IllegalArgumentException(p.name);
        };
    }

    /** Until the process's readiness answers 200 (services) or its port accepts connections. */
    void waitReady(Proc p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(startupSeconds);
        if (p == kafka || p == infraMongo || p == infraMail) {
            waitForPort(p, portOf(p));
            return;
        }
        while (true) {
            if (!p.alive()) {
                throw new IllegalStateException(p.name + " exited while starting; see " + p.log());
            }
            if (status("http://127.0.0.1:" + portOf(p) + "/readyz") == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(p.name + " not ready after " + startupSeconds + " s; see " + p.log());
            }
            Thread.sleep(500);
        }
    }

    void waitForPort(Proc p, int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(startupSeconds);
        while (!portOpen(port)) {
            if (!p.alive()) {
                throw new IllegalStateException(p.name + " exited while starting; see " + p.log());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(p.name + " did not open port " + port + "; see " + p.log());
            }
            Thread.sleep(200);
        }
    }

    static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static Properties kafkaProps() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + KAFKA_INTERNAL);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        return props;
    }

    /** Three partitions each (DLQs too: the binder dead-letters to the record's own partition number). */
    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(kafkaProps())) {
            for (String topic : TOPICS) {
                try {
                    // The production retention (deploy/README.md, "Retention of personal data in Kafka"): 7 days, dead letters 14.
                    String retention = topic.endsWith(".dlq") ? "1209600000" : "604800000";
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1).configs(java.util.Map.of("retention.ms", retention))))
                            .all().get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** Services first, then LocalInfra, then Kafka; each by its pid. */
    @Override
    public void close() {
        for (Proc p : services) {
            new Thread(() -> p.stop(30)).start();
        }
        for (Proc p : services) {
            while (p.alive()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        infraMongo.stop(20);
        infraMail.stop(20);
        kafka.stop(40);
        if (brokerProxy != null) {
            brokerProxy.close();
        }
        if (front1 != null) {
            front1.close();
            front2.close();
        }
    }
}
