package se.icld.gendernetwork.notification.notice;

/**
 * What the SMTP server said about one message, sorted into what the delivery decision needs.
 *
 * @param kind the class of the outcome
 * @param error an SMTP code or a short reason: never an address or a name (it reaches the log and the
 *        deliveries topic); null when sent
 */
public record SendOutcome(Kind kind, String error) {

    public enum Kind {
        /** The server answered 250 to the end of the message data. */
        SENT,
        /** Nothing was accepted and trying later may help: connection refused, a 4xx for this message. */
        TRANSIENT,
        /** This message can never be delivered: a 5xx for this recipient or message, an invalid address. */
        PERMANENT,
        /**
         * The whole message data went out but no reply came (the connection dropped or timed out after
         * the final dot): the server may have accepted it or not.
         */
        UNKNOWN,
        /**
         * A failure on our side that hits every message alike (authentication, relay denied for our
         * sender, the server's storage or our quota, TLS): says nothing about this message.
         */
        SENDER_BLOCKED
    }

    public static SendOutcome sent() {
        return new SendOutcome(Kind.SENT, null);
    }

    public static SendOutcome transientFailure(String error) {
        return new SendOutcome(Kind.TRANSIENT, error);
    }

    public static SendOutcome permanentFailure(String error) {
        return new SendOutcome(Kind.PERMANENT, error);
    }

    public static SendOutcome unknown(String error) {
        return new SendOutcome(Kind.UNKNOWN, error);
    }

    public static SendOutcome senderBlocked(String error) {
        return new SendOutcome(Kind.SENDER_BLOCKED, error);
    }
}
