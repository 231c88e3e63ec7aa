package se.icld.gendernetwork.review.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.TestServers;

/**
 * The topics review-service creates as it starts carry personal data and keep it for an explicit
 * time, not the broker's default: its dead-letter topics (the messaging kit) 14 days, the topics its
 * consumer bindings provision (the binder, service-support's defaults) 7 days, both set on the topic
 * itself ({@code DYNAMIC_TOPIC_CONFIG}), read back with the AdminClient's {@code describeConfigs}.
 */
class TopicRetentionIntegrationTest extends ReviewTestSupport {

    @Test
    void theDeadLetterTopicsAndTheConsumedTopicsHaveTheirOwnRetention() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String dlq : List.of(Topics.SUBMISSIONS + ".review-service.dlq", Topics.DELIVERIES + ".review-service.dlq")) {
                ConfigEntry retention = retention(dlq);
                assertThat(retention.value()).as(dlq).isEqualTo("1209600000");
                assertThat(retention.source()).as(dlq).isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
            }
            for (String topic : List.of(Topics.SUBMISSIONS, Topics.DELIVERIES)) {
                ConfigEntry retention = retention(topic);
                assertThat(retention.value()).as(topic).isEqualTo("604800000");
                assertThat(retention.source()).as(topic + ": set on the topic, not the broker's default")
                        .isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
            }
        });
    }

    private static ConfigEntry retention(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers()))) {
            return admin.describeConfigs(List.of(resource)).all().get().get(resource).get(TopicConfig.RETENTION_MS_CONFIG);
        }
    }
}
