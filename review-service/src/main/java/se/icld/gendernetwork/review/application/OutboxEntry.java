package se.icld.gendernetwork.review.application;

import java.time.Instant;

/**
 * An event waiting to be published, kept in the application document it announces (written in
 * the same single-document update as the change). {@code payload} is the event's JSON;
 * {@code traceparent} the W3C trace context of the change that raised it (or null), so the
 * publish continues the same trace. {@code notBefore}, when set, is the instant before which the
 * relay does not publish it (a decision's grace period; null: at once), and what follows it in the
 * same outbox waits too.
 */
public record OutboxEntry(String eventId, String type, String payload, Instant occurredAt, String traceparent,
        Instant notBefore) {

    /** An entry published at once. */
    public OutboxEntry(String eventId, String type, String payload, Instant occurredAt, String traceparent) {
        this(eventId, type, payload, occurredAt, traceparent, null);
    }

    /** Whether the entry is held at {@code now} (its grace not over yet). */
    public boolean heldAt(Instant now) {
        return notBefore != null && now.isBefore(notBefore);
    }
}
