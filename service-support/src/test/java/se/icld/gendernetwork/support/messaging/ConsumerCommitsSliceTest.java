package se.icld.gendernetwork.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.icld.gendernetwork.testsupport.TestServers;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the kit's policy commits offsets, on the real (in-JVM) broker: never past a record the
 * listener has not returned from (a record that fails is retried, its offset not committed until it
 * succeeded), and once per poll's records rather than once per record (ack mode BATCH: a rush of
 * records is not a rush of synchronous offset commits). The broker's commits are counted by a
 * {@link ConsumerInterceptor}, which the consumer calls after each commit succeeded.
 */
class ConsumerCommitsSliceTest {

    private static final int RECORDS = 20;
    private static final long FAILS_ONCE = 5;

    @Test
    void offsetsAreCommittedPerPollAndNeverPastARecordNotYetProcessed() throws Exception {
        String topic = "commits-" + UUID.randomUUID();
        String group = "group-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        for (int i = 0; i < RECORDS; i++) {
            TestTopics.send(topic, "key", "{\"n\":" + i + "}");
        }
        // Offset of the next record not yet processed: a commit must never go past it.
        AtomicLong processedUpTo = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicLong attempts = new AtomicLong();
        MessageListener<String, String> listener = record -> {
            attempts.incrementAndGet();
            if (record.offset() == FAILS_ONCE && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("MongoDB away (once)");
            }
            processedUpTo.set(record.offset() + 1);
        };
        CommitLog.watch(group, processedUpTo);
        KafkaMessageListenerContainer<String, String> container = container(topic, group, listener);
        try {
            container.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> CommitLog.highest(group) == RECORDS);
        } finally {
            container.stop();
        }

        assertThat(attempts.get()).as("every record once, the failing one twice").isEqualTo(RECORDS + 1);
        assertThat(CommitLog.beyondProcessed(group)).as("offsets committed past a record not processed").isEmpty();
        // All twenty came in one poll; its records are committed up to the failure, then the rest once
        // they are processed. Record by record, this would be twenty commits.
        assertThat(CommitLog.commits(group)).isBetween(1, 4);
        assertThat(CommitLog.committed(group)).as("the records before the failing one, committed before it is retried")
                .contains(FAILS_ONCE);
    }

    private static KafkaMessageListenerContainer<String, String> container(String topic, String group,
            MessageListener<String, String> listener) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.INTERCEPTOR_CLASSES_CONFIG, CommitLog.class.getName(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setMessageListener(listener);
        KafkaMessageListenerContainer<String, String> container =
                new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(config), properties);
        policy().configure(container, topic, group, null, null);
        return container;
    }

    private static ConsumerErrorPolicy policy() {
        Map<String, Object> kafka = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers());
        KafkaAdmin admin = new KafkaAdmin(kafka);
        admin.setOperationTimeout(10);
        MessagingProperties properties = new MessagingProperties(
                new MessagingProperties.Consumer(Duration.ofMillis(50), Duration.ofMillis(200), 2.0),
                new MessagingProperties.Producer(Duration.ofSeconds(10)),
                new MessagingProperties.Topics(1, 604_800_000L, 1_209_600_000L));
        KafkaEvents events = new KafkaEvents(kafka, Duration.ofSeconds(10), false, new BackgroundClusterIdAdmin(kafka),
                JsonMapper.builder().build());
        return new ConsumerErrorPolicy(events, admin, new SimpleMeterRegistry(), properties);
    }

    /** The consumer's commits, per group: how many, the highest offset, any past what was processed then. */
    public static final class CommitLog implements ConsumerInterceptor<String, String> {

        private static final Map<String, AtomicLong> PROCESSED = new ConcurrentHashMap<>();
        private static final Map<String, List<Long>> COMMITTED = new ConcurrentHashMap<>();
        private static final Map<String, List<Long>> BEYOND = new ConcurrentHashMap<>();

        private String group;

        static void watch(String group, AtomicLong processedUpTo) {
            PROCESSED.put(group, processedUpTo);
            COMMITTED.put(group, new CopyOnWriteArrayList<>());
            BEYOND.put(group, new CopyOnWriteArrayList<>());
        }

        static int commits(String group) {
            return COMMITTED.get(group).size();
        }

        static List<Long> committed(String group) {
            return COMMITTED.get(group);
        }

        static long highest(String group) {
            return COMMITTED.get(group).stream().mapToLong(Long::longValue).max().orElse(0);
        }

        static List<Long> beyondProcessed(String group) {
            return BEYOND.get(group);
        }

        @Override
        public void configure(Map<String, ?> configs) {
            group = (String) configs.get(ConsumerConfig.GROUP_ID_CONFIG);
        }

        @Override
        public ConsumerRecords<String, String> onConsume(ConsumerRecords<String, String> records) {
            return records;
        }

        @Override
        public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
            for (OffsetAndMetadata committed : offsets.values()) {
                COMMITTED.get(group).add(committed.offset());
                if (committed.offset() > PROCESSED.get(group).get()) {
                    BEYOND.get(group).add(committed.offset());
                }
            }
        }

        @Override
        public void close() {
        }
    }
}
