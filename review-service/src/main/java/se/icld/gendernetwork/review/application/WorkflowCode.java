package se.icld.gendernetwork.review.application;

/**
 * Why the workflow refused a change. {@link #wire()} is the problem's {@code code} in the API
 * ({@code "not-claimed"}) and the console's message key {@code problem.<wire>}.
 */
public enum WorkflowCode {
    /** The change is not allowed from the current status. */
    ILLEGAL_TRANSITION("illegal-transition"),
    /** Another reviewer holds an active claim. */
    CLAIMED("claimed"),
    /** The change needs the caller's own active claim. */
    NOT_CLAIMED("not-claimed"),
    /** Someone else changed the application first (optimistic locking). */
    CONCURRENT_CHANGE("concurrent-change"),
    /** The application keeps no more changes or notes. */
    LIMIT_REACHED("limit-reached"),
    /** A decision must be ACCEPTED, WAITLISTED or REJECTED. */
    INVALID_OUTCOME("invalid-outcome"),
    /**
     * The caller has a conflict of interest with the application: answered 403, not 409, since it is
     * about who asks, not the application's state; no reload or retry changes it.
     */
    CONFLICT_OF_INTEREST("conflict-of-interest"),
    /** A decision can be taken back only within its grace period, while its email has not gone out. */
    GRACE_PERIOD_OVER("grace-period-over"),
    /** Only the reviewer who decided, or an admin, takes a decision back (403, like a conflict of interest). */
    NOT_THE_DECIDER("not-the-decider"),
    /**
     * A partnership application is accepted only when the network application its reference names is
     * ACCEPTED (see {@link Eligibility}); rejecting or waitlisting it stays possible.
     */
    NOT_ELIGIBLE("not-eligible");

    private final String wire;

    WorkflowCode(String wire) {
        this.wire = wire;
    }

    /** The code as the API and the messages spell it. */
    public String wire() {
        return wire;
    }

    /** Refused because of who asks (403), not because of the application's state (409). */
    public boolean forbidden() {
        return this == CONFLICT_OF_INTEREST || this == NOT_THE_DECIDER;
    }

    /** A refusal with this code claimed by someone (so the console names who holds the claim). */
    public boolean aboutClaim() {
        return this == CLAIMED || this == NOT_CLAIMED;
    }
}
