package se.icld.gendernetwork.review.outbox;

import java.util.concurrent.CompletableFuture;

import se.icld.gendernetwork.review.application.OutboxEntry;

/** Sends one outbox event; the future completes when the broker acknowledged it, or fails. */
public interface EventPublisher {

    CompletableFuture<Void> publish(String applicationId, OutboxEntry entry);
}
