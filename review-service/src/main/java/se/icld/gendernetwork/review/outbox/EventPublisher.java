package se.icld.gendernetwork.review.outbox;

import java.util.concurrent.CompletableFuture;

import se.icld.gendernetwork.review.application.OutboxEntry;

/**
 * Sends one outbox event (key = the application id). The future completes when the broker
 * acknowledged the record, exceptionally when it did not (within the adapter's own bound). The
 * relay keeps several applications' sends in flight at once, but never two of one application.
 */
public interface EventPublisher {

    CompletableFuture<Void> publish(String applicationId, OutboxEntry entry);
}
