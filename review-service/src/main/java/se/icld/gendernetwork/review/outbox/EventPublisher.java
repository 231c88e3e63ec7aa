package se.icld.gendernetwork.review.outbox;

import se.icld.gendernetwork.review.application.OutboxEntry;

/** Sends one outbox event and says whether the broker acknowledged it. */
public interface EventPublisher {

    boolean publish(String applicationId, OutboxEntry entry);
}
