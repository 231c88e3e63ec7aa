package se.icld.gendernetwork.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

import tools.jackson.databind.JsonNode;

/**
 * The auditor's sources, none of them a service API: every record on the topics (a plain consumer
 * on the broker's internal listener, not through the proxy), every document of both MongoDB
 * databases (the driver), every message in the SMTP inbox ({@code /api/messages}), the log files.
 */
final class Truth implements AutoCloseable {

    record DeadLetter(String topic, String key, Map<String, String> headers) {
    }

    record Mail(String messageId, String eventId, String template, List<String> to) {
    }

    private final MongoClient mongo = MongoClients.create(
            "mongodb://127.0.0.1:" + Stack.MONGO + "/?serverSelectionTimeoutMS=5000&connectTimeoutMS=3000");
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Admin admin = Admin.create(Stack.kafkaProps());
    private final Path logs;
    private final Map<Path, Long> scanned = new HashMap<>();

    /** Records on intake.submissions.v1 by key. */
    final Map<String, Integer> submissionRecords = new HashMap<>();
    /** review.applications.v1: application id → event type → event ids. */
    final Map<String, Map<String, Set<String>>> applicationEvents = new HashMap<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    private int deadLettersChecked;

    Truth(Path logs) {
        this.logs = logs;
        Properties props = Stack.kafkaProps();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(4 * 1024 * 1024));
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : Stack.TOPICS) {
            for (int p = 0; p < 3; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    // --- Kafka ----------------------------------------------------------------------------------

    /** Reads every record written since the last call, up to the current end of every partition. */
    void readTopics() {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(20));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
                String topic = r.topic();
                if (topic.endsWith(".dlq")) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    deadLetters.add(new DeadLetter(topic, key, headers));
                } else if (topic.equals("intake.submissions.v1")) {
                    submissionRecords.merge(String.valueOf(key), 1, Integer::sum);
                } else if (topic.equals("review.applications.v1") && r.value() != null) {
                    try {
                        JsonNode event = Load.JSON.readTree(r.value());
                        applicationEvents.computeIfAbsent(String.valueOf(key), k -> new HashMap<>())
                                .computeIfAbsent(event.path("type").asString(""), k -> new HashSet<>())
                                .add(event.path("eventId").asString(""));
                    } catch (RuntimeException e) {
                        // a poison record of the suite's own
                    }
                }
            }
        }
    }

    /** Topics on the broker that are neither the system's nor Kafka's own: another program is using this broker. */
    List<String> foreignTopics() {
        try {
            return admin.listTopics().names().get(20, TimeUnit.SECONDS).stream()
                    .filter(t -> !Stack.TOPICS.contains(t) && !t.startsWith("__")).sorted().toList();
        } catch (Exception e) {
            return List.of("(cannot list topics: " + e.getClass().getSimpleName() + ")");
        }
    }

    /** Dead letters read since the previous call. */
    List<DeadLetter> newDeadLetters() {
        List<DeadLetter> fresh = List.copyOf(deadLetters.subList(deadLettersChecked, deadLetters.size()));
        deadLettersChecked = deadLetters.size();
        return fresh;
    }

    /** Records not yet consumed (and committed) by the two consumer groups, over their topics. */
    long lag() {
        try {
            long lag = 0;
            lag += lag("review-service", List.of("intake.submissions.v1", "notification.deliveries.v1"));
            lag += lag("notification-service", List.of("review.applications.v1"));
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    private long lag(String group, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (String topic : topics) {
            for (int p = 0; p < 3; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var e : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += e.getValue().offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    // --- MongoDB --------------------------------------------------------------------------------

    /** review.applications: every document whose applicant address contains {@code fragment}. */
    List<Document> applications(String fragment) {
        List<Document> out = new ArrayList<>();
        for (Document d : mongo.getDatabase("review").getCollection("applications").find()
                .projection(Projections.include("_id", "status", "applicant.email", "history.action", "history.status", "outbox._id"))) {
            if (email(d).contains(fragment)) {
                out.add(d);
            }
        }
        return out;
    }

    List<Document> applicationsById(Collection<String> ids) {
        return find("review", "applications", Filters.in("_id", ids),
                "_id", "status", "applicant.email", "history.action", "history.status", "outbox");
    }

    /** notification.notifications entries of these applications. */
    List<Document> notifications(Collection<String> applicationIds) {
        return find("notification", "notifications", Filters.in("applicationId", applicationIds),
                "_id", "applicationId", "template", "status", "lastError", "messageId", "attempts", "createdAt", "sentAt");
    }

    private List<Document> find(String database, String collection, org.bson.conversions.Bson filter, String... fields) {
        List<Document> out = new ArrayList<>();
        mongo.getDatabase(database).getCollection(collection).find(filter).projection(Projections.include(fields)).into(out);
        return out;
    }

    static String email(Document application) {
        Document applicant = application.get("applicant", Document.class);
        return applicant == null || applicant.getString("email") == null ? "" : applicant.getString("email");
    }

    /** The emails an application's history calls for, by template. */
    static Map<String, Integer> expectedEmails(Document application) {
        Map<String, Integer> expected = new HashMap<>();
        List<Document> history = application.getList("history", Document.class, List.of());
        for (Document h : history) {
            String template = switch (String.valueOf(h.getString("action"))) {
                case "REGISTERED" -> "receipt";
                case "INFO_REQUESTED" -> "information-request";
                case "DECIDED" -> "decision-" + String.valueOf(h.getString("status")).toLowerCase(Locale.ROOT);
                case "WITHDRAWN" -> "withdrawal";
                default -> null;
            };
            if (template != null) {
                expected.merge(template, 1, Integer::sum);
            }
        }
        return expected;
    }

    // --- SMTP inbox -----------------------------------------------------------------------------

    List<Mail> inbox() throws IOException, InterruptedException {
        HttpResponse<InputStream> response = Stack.HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + Stack.INBOX + "/api/messages")).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        List<Mail> mails = new ArrayList<>();
        try (InputStream body = response.body()) {
            for (JsonNode m : Load.JSON.readTree(body)) {
                String messageId = m.path("messageId").asString("");
                String local = messageId.replace("<", "").replace(">", "");
                local = local.contains("@") ? local.substring(0, local.indexOf('@')) : local;
                int dot = local.indexOf('.');
                List<String> to = new ArrayList<>();
                m.path("to").forEach(t -> to.add(t.asString("")));
                mails.add(new Mail(messageId, dot < 0 ? local : local.substring(0, dot), dot < 0 ? "" : local.substring(dot + 1), to));
            }
        }
        return mails;
    }

    // --- logs -----------------------------------------------------------------------------------

    /** Lines written since the previous call that contain one of the needles (case-insensitive), by file. */
    Map<String, List<Integer>> personalDataInLogs(List<String> needles) throws IOException {
        Map<String, List<Integer>> hits = new HashMap<>();
        List<String> lower = needles.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                long from = scanned.getOrDefault(file, 0L);
                List<String> lines;
                try (var in = Files.newInputStream(file)) {
                    in.skipNBytes(Math.min(from, Files.size(file)));
                    byte[] rest = in.readAllBytes();
                    scanned.put(file, from + rest.length);
                    lines = new String(rest, StandardCharsets.UTF_8).lines().toList();
                }
                int lineNo = 0;
                for (String line : lines) {
                    lineNo++;
                    String l = line.toLowerCase(Locale.ROOT);
                    if (lower.stream().anyMatch(l::contains)) {
                        hits.computeIfAbsent(file.getFileName().toString(), k -> new ArrayList<>()).add(lineNo);
                    }
                }
            }
        }
        return hits;
    }

    @Override
    public void close() {
        consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
        admin.close(Duration.ofSeconds(5));
        mongo.close();
    }
}
