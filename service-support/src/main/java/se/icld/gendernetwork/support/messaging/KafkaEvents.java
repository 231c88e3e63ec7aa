package se.icld.gendernetwork.support.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one way the services publish: {@link #send} returns a future that completes when the broker
 * acknowledged the record (acks=all, idempotent producer: {@code spring.kafka.producer.*} of the
 * shared defaults) or fails, at the latest after {@code messaging.producer.send-timeout} (T). The
 * producer waits up to T/3 for metadata and gives up on the record after T in all, so a send whose
 * future failed is never written later (a caller that waits less than T cannot know). Records look
 * as the Spring Cloud Stream binder writes them: JSON value, key as UTF-8, and string headers
 * JSON-encoded with their types in {@code spring_json_header_types} ({@code contentType} included).
 */
public class KafkaEvents implements ApplicationContextAware, SmartInitializingSingleton, DisposableBean {

    private static final String CONTENT_TYPE = "contentType";
    private static final String HEADER_TYPES = "spring_json_header_types";

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> template;
    private final JsonMapper json;

    KafkaEvents(Map<String, Object> producerConfig, Duration sendTimeout, boolean observation,
            BackgroundClusterIdAdmin admin, JsonMapper json) {
        Map<String, Object> config = new LinkedHashMap<>(producerConfig);
        config.putAll(timeouts(sendTimeout));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producers = new DefaultKafkaProducerFactory<>(config);
        this.template = new KafkaTemplate<>(producers);
        this.template.setObservationEnabled(observation);
        this.template.setKafkaAdmin(admin);
        this.json = json;
    }

    /** max.block.ms T/3 for metadata, then delivery.timeout.ms (and request.timeout.ms) the rest of T. */
    static Map<String, Object> timeouts(Duration sendTimeout) {
        long metadata = Math.max(100, sendTimeout.toMillis() / 3);
        int delivery = (int) Math.max(200, sendTimeout.toMillis() - metadata);
        return Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, metadata,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, delivery,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
    }

    /**
     * Sends {@code event} as JSON (the application's JSON mapper) to {@code topic}, keyed by {@code key}.
     *
     * @return completes when the broker acknowledged; fails when it did not, within the send timeout
     */
    public CompletableFuture<Void> send(String topic, String key, Object event, Map<String, String> headers) {
        byte[] value;
        try {
            value = json.writeValueAsBytes(event);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return send(topic, key, value, headers);
    }

    /** As {@link #send(String, String, Object, Map)}, with the event's JSON as it is. */
    public CompletableFuture<Void> send(String topic, String key, byte[] jsonValue, Map<String, String> headers) {
        try {
            RecordHeaders recordHeaders = new RecordHeaders();
            StringBuilder types = new StringBuilder("{\"").append(CONTENT_TYPE).append("\":\"java.lang.String\"");
            recordHeaders.add(CONTENT_TYPE, "\"application/json\"".getBytes(StandardCharsets.UTF_8));
            headers.forEach((name, value) -> {
                recordHeaders.add(name, json.writeValueAsBytes(value));
                types.append(",").append(json.writeValueAsString(name)).append(":\"java.lang.String\"");
            });
            recordHeaders.add(HEADER_TYPES, types.append('}').toString().getBytes(StandardCharsets.UTF_8));
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null,
                    key.getBytes(StandardCharsets.UTF_8), jsonValue, recordHeaders);
            return template.send(record).thenApply(result -> null);
        } catch (RuntimeException e) {
            // Metadata not available within max.block.ms, or the producer refused the record.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The kit's template (byte[] keys and values), also the dead-letter sender. */
    KafkaTemplate<byte[], byte[]> template() {
        return template;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) throws BeansException {
        template.setApplicationContext(context);
    }

    @Override
    public void afterSingletonsInstantiated() {
        template.afterSingletonsInstantiated(); // picks up the observation registry
    }

    @Override
    public void destroy() {
        template.destroy();
        producers.destroy();
    }
}
