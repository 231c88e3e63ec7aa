package se.icld.gendernetwork.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

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
}
