package se.icld.gendernetwork.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaAdmin;

import se.icld.gendernetwork.testsupport.TestServers;

/**
 * The dead-letter topic as the kit creates it, on the real (in-JVM) broker: an explicit
 * {@code retention.ms} (dead letters are whole records, personal data included), also on a topic
 * that existed with another retention (the services run with {@code spring.kafka.admin.modify-topic-configs}),
 * read back with the AdminClient's {@code describeConfigs}.
 */
class DeadLetterTopicRetentionSliceTest {

    private static final MessagingProperties.Topics TOPICS = new MessagingProperties.Topics(3, 604_800_000L, 1_209_600_000L);

    @Test
    void aNewDeadLetterTopicKeepsRecordsForTheDeadLetterRetention() throws Exception {
        String name = ConsumerErrorPolicy.deadLetterTopic("retention-" + UUID.randomUUID(), "some-service");

        admin().createOrModifyTopics(ConsumerErrorPolicy.newDeadLetterTopic(name, TOPICS));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(retentionMs(name)).isEqualTo("1209600000"));
    }

    @Test
    void anExistingDeadLetterTopicWithTheBrokersRetentionGetsTheKits() throws Exception {
        String name = ConsumerErrorPolicy.deadLetterTopic("retention-" + UUID.randomUUID(), "some-service");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(retentionMs(name)).isEqualTo("604800000"));

        admin().createOrModifyTopics(ConsumerErrorPolicy.newDeadLetterTopic(name, TOPICS));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(retentionMs(name)).isEqualTo("1209600000"));
    }

    /** A KafkaAdmin as Boot configures it in the services (service-defaults.yml: modify-topic-configs). */
    private static KafkaAdmin admin() {
        KafkaAdmin admin = new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers()));
        admin.setModifyTopicConfigs(true);
        admin.setOperationTimeout(10);
        return admin;
    }

    private static String retentionMs(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers()))) {
            return admin.describeConfigs(List.of(resource)).all().get().get(resource).get(TopicConfig.RETENTION_MS_CONFIG).value();
        }
    }
}
