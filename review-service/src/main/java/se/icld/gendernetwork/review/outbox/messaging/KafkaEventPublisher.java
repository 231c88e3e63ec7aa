package se.icld.gendernetwork.review.outbox.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.outbox.EventPublisher;
import se.icld.gendernetwork.support.messaging.KafkaEvents;

/**
 * Publishes outbox events to {@code review.applications.v1} (key = application id, the event's JSON
 * as stored, header {@code eventType}) through the messaging kit. The future completes once the
 * broker acknowledged (acks=all) and fails at the latest after {@code messaging.producer.send-timeout}.
 */
@Component
class KafkaEventPublisher implements EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);

    private final KafkaEvents events;

    KafkaEventPublisher(KafkaEvents events) {
        this.events = events;
    }

    @Override
    public CompletableFuture<Void> publish(String applicationId, OutboxEntry entry) {
        return events.send(Topics.APPLICATIONS, applicationId, entry.payload().getBytes(StandardCharsets.UTF_8),
                Map.of("eventType", entry.type())).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        log.warn("event {} not acknowledged, will retry: {}", entry.eventId(), failure.toString());
                    }
                });
    }
}
