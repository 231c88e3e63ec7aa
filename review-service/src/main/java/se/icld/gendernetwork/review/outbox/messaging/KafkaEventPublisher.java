package se.icld.gendernetwork.review.outbox.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.outbox.EventPublisher;
import se.icld.gendernetwork.support.TraceContexts;
import se.icld.gendernetwork.support.messaging.KafkaEvents;

/**
 * Publishes outbox events to {@code review.applications.v1} (key = application id, the event's JSON
 * as stored, header {@code eventType}) through the messaging kit. The future completes once the
 * broker acknowledged (acks=all) and fails at the latest after {@code messaging.producer.send-timeout}.
 * The kit's send is asynchronous, but it may block for metadata (up to a third of the send timeout)
 * while the broker is away: it is therefore called on one of {@value #SENDERS} threads of this
 * adapter, inside the trace of the change that raised the event, so the relay's thread never waits.
 */
@Component
@RequiredArgsConstructor
class KafkaEventPublisher implements EventPublisher, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    static final int SENDERS = 4;

    private final KafkaEvents events;
    private final TraceContexts traces;
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
        Thread thread = new Thread(r, "outbox-send");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public CompletableFuture<Void> publish(String applicationId, OutboxEntry entry) {
        try {
            return CompletableFuture.supplyAsync(() -> traces.continueTrace(entry.traceparent(), "outbox send",
                    () -> send(applicationId, entry)), senders).thenCompose(f -> f);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Void> send(String applicationId, OutboxEntry entry) {
        return events.send(Topics.APPLICATIONS, applicationId, entry.payload().getBytes(StandardCharsets.UTF_8),
                Map.of("eventType", entry.type())).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        log.warn("event {} not acknowledged, will retry: {}", entry.eventId(), failure.toString());
                    }
                });
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
