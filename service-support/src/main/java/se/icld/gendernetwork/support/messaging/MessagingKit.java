package se.icld.gendernetwork.support.messaging;

import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messaging kit, the same in every service (auto-configured: a service that has Kafka on its
 * class path gets it, so no consumer binding can miss the error policy):
 *
 * <ul>
 * <li>{@link KafkaEvents}: the one publisher;</li>
 * <li>{@link ConsumerErrorPolicy}: the one error policy of every consumer binding, with the one
 * dead-letter counter {@code messaging.dead.letters{topic,group}};</li>
 * <li>{@link JsonRecords}: the personal-data-safe JSON read of consumed records;</li>
 * <li>{@link KafkaHealthIndicator}: {@code kafka} in {@code /actuator/health}.</li>
 * </ul>
 *
 * Settings: {@code messaging.*} ({@link MessagingProperties}) and the shared defaults file
 * {@code service-defaults.yml} ({@link ServiceDefaults}).
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class,
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingKit {

    @Bean
    KafkaEvents kafkaEvents(KafkaProperties kafka, KafkaConnectionDetails connection, MessagingProperties properties,
            JsonMapper json) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        Map<String, Object> admin = kafka.buildAdminProperties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getAdmin().getBootstrapServers());
        BackgroundClusterIdAdmin clusterId = new BackgroundClusterIdAdmin(admin);
        clusterId.clusterId();
        return new KafkaEvents(producer, properties.producer().sendTimeout(), kafka.getTemplate().isObservationEnabled(),
                clusterId, json);
    }

    @Bean
    KafkaHealthIndicator kafka(KafkaProperties kafka, KafkaConnectionDetails connection) {
        Map<String, Object> admin = kafka.buildAdminProperties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getAdmin().getBootstrapServers());
        return new KafkaHealthIndicator(admin);
    }

    @Bean
    JsonRecords jsonRecords(JsonMapper json) {
        return new JsonRecords(json);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ListenerContainerWithDlqAndRetryCustomizer.class)
    static class Consumers {

        @Bean
        ConsumerErrorPolicy consumerErrorPolicy(KafkaEvents events, KafkaAdmin admin, MeterRegistry registry,
                MessagingProperties properties) {
            return new ConsumerErrorPolicy(events, admin, registry, properties);
        }
    }
}
