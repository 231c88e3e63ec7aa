package se.icld.gendernetwork.notification.journal;

/**
 * PENDING: being sent (or its sender crashed); RETRYING: waiting for the next attempt; SENT; FAILED:
 * given up; UNKNOWN: the whole message went out but no reply came, so it may or may not have been
 * delivered: held, and tried again (same Message-ID) only after a long delay or by an operator;
 * SUPPRESSED: never sent, by rule (a receipt past its address's daily limit): finished, announced as a
 * failure.
 */
public enum DeliveryStatus {
    PENDING, RETRYING, SENT, FAILED, UNKNOWN, SUPPRESSED;

    /** SENT, FAILED or SUPPRESSED: never sent (again) by itself; its outcome is announced. */
    public boolean finished() {
        return this == SENT || this == FAILED || this == SUPPRESSED;
    }
}
