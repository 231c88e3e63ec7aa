package se.icld.gendernetwork.review.application;

/**
 * Published in-process after a write appended events to {@code applicationId}'s outbox, so this
 * replica's relay publishes them at once, by id, without looking for them.
 */
public record OutboxAppended(String applicationId) {
}
