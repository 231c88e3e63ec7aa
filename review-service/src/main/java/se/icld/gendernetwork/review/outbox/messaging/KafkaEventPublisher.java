package se.icld.gendernetwork.review.outbox.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.support.TraceContexts;

/**
 * Binding {@code application-events}: {@code review.applications.v1}, key = application id, the
 * event's JSON as stored. The binding sends synchronously (returns after acks=all), so each send
 * runs on one of {@value #SENDERS} threads of this adapter and the future completes when it
 * returned: the relay's thread never waits, and up to {@value #SENDERS} sends overlap. (An
 * asynchronous send over the shared messaging kit replaces this.)
 */
@Component
class KafkaEventPublisher implements se.icld.gendernetwork.review.outbox.EventPublisher, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    static final String BINDING = "application-events";
    static final int SENDERS = 4;

    private final StreamBridge bridge;
    private final TraceContexts traces;
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
        Thread thread = new Thread(r, "outbox-send");
        thread.setDaemon(true);
        return thread;
    });

    KafkaEventPublisher(StreamBridge bridge, TraceContexts traces) {
        this.bridge = bridge;
        this.traces = traces;
    }

    @Override
    public CompletableFuture<Void> publish(String applicationId, OutboxEntry entry) {
        try {
            // The record carries the trace of the change that raised the event, on the sender's thread too.
            return CompletableFuture.supplyAsync(() -> traces.continueTrace(entry.traceparent(), "outbox send",
                    () -> send(applicationId, entry)), senders).thenCompose(f -> f);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }

    private CompletableFuture<Void> send(String applicationId, OutboxEntry entry) {
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
