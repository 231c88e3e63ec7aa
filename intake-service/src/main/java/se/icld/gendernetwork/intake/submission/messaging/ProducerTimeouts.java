package se.icld.gendernetwork.intake.submission.messaging;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.cloud.stream.binder.kafka.config.ClientFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;

import se.icld.gendernetwork.intake.IntakeProperties;

/**
 * Bounds the wait for the broker by {@code intake.publish-timeout} (T) in all: up to T/3 for
 * metadata ({@code max.block.ms}), then up to 2T/3 for the send and its acknowledgements
 * ({@code delivery.timeout.ms}). After that the producer has given up on the record, so a
 * submission answered with 503 is never written later.
 */
@Configuration(proxyBeanMethods = false)
class ProducerTimeouts {

    @Bean
    ClientFactoryCustomizer boundedProducerWait(IntakeProperties properties) {
        Duration timeout = properties.publishTimeout();
        long metadata = Math.max(100, timeout.toMillis() / 3);
        long delivery = Math.max(200, timeout.toMillis() - metadata);
        return new ClientFactoryCustomizer() {
            @Override
            public void configure(ProducerFactory<?, ?> factory) {
                if (factory instanceof DefaultKafkaProducerFactory<?, ?> producers) {
                    producers.updateConfigs(Map.of(
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, metadata,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) delivery,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) delivery,
                            ProducerConfig.LINGER_MS_CONFIG, 0));
                }
            }
        };
    }
}
