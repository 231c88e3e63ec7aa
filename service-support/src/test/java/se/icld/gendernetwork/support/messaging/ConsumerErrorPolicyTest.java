package se.icld.gendernetwork.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

class ConsumerErrorPolicyTest {

    @Test
    void theBackoffIsCappedAndNeverGivesUp() {
        BackOffExecution backOff = ConsumerErrorPolicy.backOff(
                new MessagingProperties.Consumer(Duration.ofMillis(50), Duration.ofMillis(200), 2.0)).start();

        assertThat(backOff.nextBackOff()).isEqualTo(50);
        assertThat(backOff.nextBackOff()).isEqualTo(100);
        for (int attempt = 0; attempt < 100_000; attempt++) {
            assertThat(backOff.nextBackOff()).isEqualTo(200);
        }
    }

    @Test
    void deadLettersGoToTheTopicOfTheContract() {
        assertThat(ConsumerErrorPolicy.deadLetterTopic("review.applications.v1", "notification-service"))
                .isEqualTo("review.applications.v1.notification-service.dlq");
    }

    @Test
    void theDeadLetterTopicIsCreatedWithItsPartitionsAndAnExplicitRetention() {
        var topic = ConsumerErrorPolicy.newDeadLetterTopic("t.g.dlq", new MessagingProperties.Topics(6, 604_800_000L, 1_209_600_000L));

        assertThat(topic.numPartitions()).isEqualTo(6);
        assertThat(topic.configs()).containsExactly(java.util.Map.entry("retention.ms", "1209600000"));
    }

    @Test
    void noTopicKeepsPersonalDataLongerThanThirtyDays() {
        long thirtyDays = Duration.ofDays(30).toMillis();
        assertThat(new MessagingProperties.Topics(3, thirtyDays, thirtyDays).deadLetterRetentionMs()).isEqualTo(thirtyDays);

        assertThatThrownBy(() -> new MessagingProperties.Topics(3, thirtyDays + 1, thirtyDays))
                .hasMessageContaining("messaging.topics.retention-ms");
        assertThatThrownBy(() -> new MessagingProperties.Topics(3, thirtyDays, thirtyDays + 1))
                .hasMessageContaining("messaging.topics.dead-letter-retention-ms");
        assertThatThrownBy(() -> new MessagingProperties.Topics(3, -1, thirtyDays)).isInstanceOf(IllegalArgumentException.class);
    }
}
