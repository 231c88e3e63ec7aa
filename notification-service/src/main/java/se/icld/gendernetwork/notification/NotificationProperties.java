package se.icld.gendernetwork.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.icld.gendernetwork.notification.notice.RetryPolicy;

/**
 * Notification settings ({@code notification.*}).
 *
 * @param mail sender address and the domain of the stable Message-IDs
 * @param retry backoff of transient SMTP failures: {@code initial × 2^(attempt-1)}, at most {@code max},
 *        for at most {@code maxAttempts} attempts in all; then FAILED
 * @param admin the operator who may read the log and resend (ADMIN)
 */
@ConfigurationProperties("notification")
public record NotificationProperties(Mail mail, Retry retry, Admin admin) {

    public NotificationProperties {
        mail = mail == null ? new Mail(null, null) : mail;
        retry = retry == null ? new Retry(null, null, 0, null, null) : retry;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    public record Mail(String from, String messageIdDomain) {

        public Mail {
            from = from == null ? "no-reply@gender-network.local" : from;
            messageIdDomain = messageIdDomain == null ? "gender-network.local" : messageIdDomain;
        }
    }

    /**
     * @param lease how long one attempt may own an entry; an attempt that crashed is retried after it
     * @param interval how often due retries and unannounced outcomes are looked for
     */
    public record Retry(Duration initial, Duration max, int maxAttempts, Duration lease, Duration interval) {

        public Retry {
            initial = initial == null ? Duration.ofSeconds(30) : initial;
            max = max == null ? Duration.ofMinutes(30) : max;
            maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
            lease = lease == null ? Duration.ofMinutes(2) : lease;
            interval = interval == null ? Duration.ofSeconds(1) : interval;
        }

        /** The wait after the given number of failed attempts. */
        public Duration backoff(int attempts) {
            return policy().backoff(attempts);
        }

        public RetryPolicy policy() {
            return new RetryPolicy(initial, max, maxAttempts);
        }
    }

    /** @param passwordHash e.g. {@code {bcrypt}$2a$10$...}; without it the operator API is closed */
    public record Admin(String username, String passwordHash) {

        public Admin {
            username = username == null ? "admin" : username;
        }
    }
}
