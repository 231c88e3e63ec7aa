package se.icld.gendernetwork.review.application;

import java.time.Instant;

/**
 * An event waiting to be published, kept in the application document it announces (written in
 * the same single-document update as the change). {@code payload} is the event's JSON.
 */
public record OutboxEntry(String eventId, String type, String payload, Instant occurredAt) {
}
