package se.icld.gendernetwork.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.icld.gendernetwork.notification.notice.RetryPolicy;

/**
 * Notification settings ({@code notification.*}).
 *
 * @param mail sender address and the domain of the stable Message-IDs
 * @param retry backoff of transient SMTP failures: {@code initial × 2^(attempt-1)}, at most {@code max},
 *        for {@code giveUpAfter} in all; then FAILED
 * @param sending what a failure on our side (authentication, relay, quota, TLS) does: pause, probe
 * @param smtp the pool of long-lived SMTP connections
 * @param admin the operator who may read the log and resend (ADMIN)
 * @param recipientLimit how many receipts one address may get in a day (UTC); the next ones are suppressed
 */
@ConfigurationProperties("notification")
public record NotificationProperties(Mail mail, Retry retry, Sending sending, Smtp smtp, Admin admin,
        RecipientLimit recipientLimit) {

    public NotificationProperties {
        mail = mail == null ? new Mail(null, null) : mail;
        retry = retry == null ? new Retry(null, null, null, null, null, null) : retry;
        sending = sending == null ? new Sending(null) : sending;
        smtp = smtp == null ? new Smtp(0, null, 0, null) : smtp;
        admin = admin == null ? new Admin(null, null) : admin;
        recipientLimit = recipientLimit == null ? new RecipientLimit(0) : recipientLimit;
    }

    /**
     * @param receiptsPerDay receipts one address gets in a day (UTC), at least 1; default 5. Information
     *        requests, decisions and withdrawals are never limited.
     */
    public record RecipientLimit(int receiptsPerDay) {

        public RecipientLimit {
            receiptsPerDay = receiptsPerDay == 0 ? 5 : receiptsPerDay;
        }
    }

    public record Mail(String from, String messageIdDomain) {

        public Mail {
            from = from == null ? "no-reply@gender-network.local" : from;
            messageIdDomain = messageIdDomain == null ? "gender-network.local" : messageIdDomain;
        }
    }

    /**
     * @param giveUpAfter how long the attempts of one notice span (from its creation or an operator's
     *        requeue); the last attempt is made at that point
     * @param unknownOutcomeRetryAfter how long an email whose outcome is unknown (no reply after its data)
     *        waits before it is sent again with the same Message-ID (only within {@code giveUpAfter})
     * @param lease how long one attempt may own an entry; an attempt that crashed is retried after it
     * @param interval how often due retries and unannounced outcomes are looked for
     */
    public record Retry(Duration initial, Duration max, Duration giveUpAfter, Duration unknownOutcomeRetryAfter,
            Duration lease, Duration interval) {

        public Retry {
            initial = initial == null ? Duration.ofSeconds(30) : initial;
            max = max == null ? Duration.ofMinutes(30) : max;
            giveUpAfter = giveUpAfter == null ? Duration.ofHours(24) : giveUpAfter;
            unknownOutcomeRetryAfter = unknownOutcomeRetryAfter == null ? Duration.ofHours(6) : unknownOutcomeRetryAfter;
            lease = lease == null ? Duration.ofMinutes(2) : lease;
            interval = interval == null ? Duration.ofSeconds(1) : interval;
        }

        /** The wait after the given number of failed attempts. */
        public Duration backoff(int attempts) {
            return policy().backoff(attempts);
        }

        public RetryPolicy policy() {
            return new RetryPolicy(initial, max, giveUpAfter, unknownOutcomeRetryAfter);
        }
    }

    /** @param probeInterval while sending is paused, how often one due email is tried as a probe */
    public record Sending(Duration probeInterval) {

        public Sending {
            probeInterval = probeInterval == null ? Duration.ofMinutes(1) : probeInterval;
        }
    }

    /**
     * @param poolSize SMTP connections open at most at once (keep it at least the consumer concurrency + 1)
     * @param maxIdle an idle connection older than this is closed, not reused (below the server's idle timeout)
     * @param maxMessagesPerConnection a connection is closed after this many messages
     * @param borrowTimeout how long a sender waits for a free connection before the attempt counts as transient
     */
    public record Smtp(int poolSize, Duration maxIdle, int maxMessagesPerConnection, Duration borrowTimeout) {

        public Smtp {
            poolSize = poolSize <= 0 ? 4 : poolSize;
            maxIdle = maxIdle == null ? Duration.ofSeconds(30) : maxIdle;
            maxMessagesPerConnection = maxMessagesPerConnection <= 0 ? 100 : maxMessagesPerConnection;
            borrowTimeout = borrowTimeout == null ? Duration.ofSeconds(30) : borrowTimeout;
        }
    }

    /** @param passwordHash e.g. {@code {bcrypt}$2a$10$...}; without it the operator API is closed */
    public record Admin(String username, String passwordHash) {

        public Admin {
            username = username == null ? "admin" : username;
        }
    }
}
