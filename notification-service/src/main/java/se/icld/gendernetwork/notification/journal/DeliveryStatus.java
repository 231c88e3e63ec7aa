package se.icld.gendernetwork.notification.journal;

/**
 * PENDING: being sent (or its sender crashed); RETRYING: waiting for the next attempt; SENT; FAILED:
 * given up; UNKNOWN: the whole message went out but no reply came, so it may or may not have been
 * delivered: held, and tried again (same Message-ID) only after a long delay or by an operator.
 */
public enum DeliveryStatus {
    PENDING, RETRYING, SENT, FAILED, UNKNOWN
}
