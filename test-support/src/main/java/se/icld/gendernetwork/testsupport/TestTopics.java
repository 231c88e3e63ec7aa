package se.icld.gendernetwork.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients on the shared broker, for tests that write or read a topic directly. */
public final class TestTopics {

    private TestTopics() {
    }

    /**
     * Sends a record the way a Spring Cloud Stream producer does (its {@code contentType} header,
     * JSON-encoded, and the header-types map), and waits for the acknowledgement.
     */
    public static void send(String topic, String key, String json) {
        send(TestServers.kafkaBootstrapServers(), topic, key, json);
    }

    /** As {@link #send(String, String, String)}, to the broker at {@code bootstrapServers}. */
    public static void send(String bootstrapServers, String topic, String key, String json) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
            record.headers().add(new RecordHeader("contentType", "\"application/json\"".getBytes(StandardCharsets.UTF_8)));
            record.headers().add(new RecordHeader("spring_json_header_types",
                    "{\"contentType\":\"java.lang.String\"}".getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** A consumer in a fresh group, reading the topics from their beginning. */
    public static KafkaConsumer<String, String> consumer(String... topics) {
        return consumerOn(TestServers.kafkaBootstrapServers(), topics);
    }

    /** As {@link #consumer(String...)}, on the broker at {@code bootstrapServers}. */
    public static KafkaConsumer<String, String> consumerOn(String bootstrapServers, String... topics) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(topics));
        return consumer;
    }

    /**
     * Polls until {@code atLeast} records match or {@code timeout} passes, then returns those seen
     * (the caller asserts on them). Records from other tests on the shared topics are skipped.
     */
    public static List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer,
            Predicate<ConsumerRecord<String, String>> match, int atLeast, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (found.size() < atLeast && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (match.test(record)) {
                    found.add(record);
                }
            }
        }
        return found;
    }

    public static List<ConsumerRecord<String, String>> pollKey(KafkaConsumer<String, String> consumer, String key,
            int atLeast) {
        return poll(consumer, r -> key.equals(r.key()), atLeast, Duration.ofSeconds(30));
    }
}
