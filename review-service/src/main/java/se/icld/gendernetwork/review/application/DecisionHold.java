package se.icld.gendernetwork.review.application;

import java.time.Instant;

/**
 * A decision whose event (and so its email) the outbox holds until {@code until}, the end of the
 * grace period in which it can be taken back: the event's id, and what the application was before
 * the decision (its status, and the decision in force then, or null), to return to.
 */
public record DecisionHold(String eventId, Instant until, Status previousStatus, Decision previousDecision) {
}
