package se.icld.gendernetwork.review.outbox.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.review.application.OutboxEntry;

/**
 * Binding {@code application-events}: {@code review.applications.v1}, key = application id, the
 * event's JSON as stored, synchronous (returns after acks=all); the future it returns is already
 * complete. (An asynchronous send over the shared messaging kit replaces this.)
 */
@Component
class KafkaEventPublisher implements se.icld.gendernetwork.review.outbox.EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    static final String BINDING = "application-events";

    private final StreamBridge bridge;

    KafkaEventPublisher(StreamBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public CompletableFuture<Void> publish(String applicationId, OutboxEntry entry) {
        try {
            boolean sent = bridge.send(BINDING, MessageBuilder.withPayload(entry.payload().getBytes(StandardCharsets.UTF_8))
                    .setHeader(KafkaHeaders.KEY, applicationId.getBytes(StandardCharsets.UTF_8))
                    .setHeader(MessageHeaders.CONTENT_TYPE, "application/json")
                    .setHeader("eventType", entry.type())
                    .build());
            return sent ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.failedFuture(new IllegalStateException("event " + entry.eventId() + " not sent"));
        } catch (RuntimeException e) {
            log.warn("event {} not acknowledged, will retry: {}", entry.eventId(), e.toString());
            return CompletableFuture.failedFuture(e);
        }
    }
}
