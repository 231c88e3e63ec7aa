package se.icld.gendernetwork.review.application;

import java.time.Instant;

/**
 * An event waiting to be published, kept in the application document it announces (written in
 * the same single-document update as the change). {@code payload} is the event's JSON;
 * {@code traceparent} the W3C trace context of the change that raised it (or null), so the
 * publish continues the same trace.
 */
public record OutboxEntry(String eventId, String type, String payload, Instant occurredAt, String traceparent) {
}
