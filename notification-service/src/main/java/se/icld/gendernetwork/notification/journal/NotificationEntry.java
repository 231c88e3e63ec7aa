package se.icld.gendernetwork.notification.journal;

import java.time.Instant;

/**
 * One email in the notification log, {@code _id} = {@code <eventId>:<template>}: the unique key
 * that makes each notice go out once. {@code event} is the review event's JSON, kept so a retry or
 * a resend can render the same email again. {@code lastError} holds an SMTP code or an exception
 * class, never an address. {@code traceparent} is the W3C trace context the event arrived with, so
 * the outcome's announcement continues that trace. {@code attemptsSince} is when the current round of
 * attempts began (the creation, or an operator's requeue): the retry budget counts from it.
 */
public record NotificationEntry(
        String id,
        String applicationId,
        String eventId,
        String template,
        String language,
        DeliveryStatus status,
        int attempts,
        String messageId,
        String event,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError,
        boolean announced,
        String traceparent,
        Instant attemptsSince) {

    /** When the retry budget began; entries written before the field existed count from their creation. */
    public Instant budgetStart() {
        return attemptsSince != null ? attemptsSince : createdAt;
    }

    public static String idOf(String eventId, String template) {
        return eventId + ":" + template;
    }
}
