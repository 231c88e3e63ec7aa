package se.icld.gendernetwork.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaEventsTest {

    @Test
    void theProducerGivesUpWithinTheSendTimeout() {
        var timeouts = KafkaEvents.timeouts(Duration.ofSeconds(3));

        assertThat(timeouts.get(ProducerConfig.MAX_BLOCK_MS_CONFIG)).isEqualTo(1000L);
        assertThat(timeouts.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).isEqualTo(2000);
        // Kafka refuses a delivery timeout below request timeout + linger.ms (0).
        assertThat(timeouts.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG)).isEqualTo(2000);
    }
}
