package se.icld.gendernetwork.notification.log;

/** PENDING: being sent (or its sender crashed); RETRYING: waiting for the next attempt; SENT; FAILED: given up. */
public enum DeliveryStatus {
    PENDING, RETRYING, SENT, FAILED
}
