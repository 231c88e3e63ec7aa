package se.icld.gendernetwork.support.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code messaging.*}: the messaging kit's settings (defaults in {@code service-defaults.yml}).
 *
 * @param consumer how a consumer retries a record that failed for any reason but being unprocessable
 * @param producer how long a send may take before its future fails
 * @param topics how the topics the services consume are created
 */
@ConfigurationProperties("messaging")
public record MessagingProperties(@DefaultValue Consumer consumer, @DefaultValue Producer producer,
        @DefaultValue Topics topics) {

    /**
     * Capped exponential backoff, without a limit on attempts or elapsed time.
     *
     * @param initialInterval the pause after the first failure
     * @param maxInterval the longest pause
     * @param multiplier the factor between pauses
     */
    public record Consumer(@DefaultValue("1s") Duration initialInterval, @DefaultValue("30s") Duration maxInterval,
            @DefaultValue("2.0") double multiplier) {
    }

    /**
     * @param sendTimeout T: a send's future completes within T, acknowledged or failed; the producer
     *     waits up to T/3 for metadata ({@code max.block.ms}) and gives up on the record after the
     *     rest ({@code delivery.timeout.ms}), so a send reported failed is never written later
     */
    public record Producer(@DefaultValue("10s") Duration sendTimeout) {
    }

    /**
     * How topics are created. Every topic of this system can carry personal data (names, email
     * addresses, what applicants wrote), so each gets an explicit {@code retention.ms}, at most
     * {@link #MAX_RETENTION_MS} (30 days, DESIGN.md), whatever the broker's default.
     *
     * @param partitions partitions of every topic the kit creates (dead-letter topics) and the binder's
     *     {@code min-partition-count} for the topics it provisions
     * @param retentionMs {@code retention.ms} of the consumed topics the binder provisions (7 days:
     *     a consumer may be stopped, or a restore replay reach back, that long)
     * @param deadLetterRetentionMs {@code retention.ms} of the dead-letter topics the kit creates (14
     *     days: time for an operator to inspect and replay a dead letter)
     */
    public record Topics(@DefaultValue("3") int partitions, @DefaultValue("604800000") long retentionMs,
            @DefaultValue("1209600000") long deadLetterRetentionMs) {

        /** 30 days: no topic keeps personal data longer (DESIGN.md, guarantee 7). */
        public static final long MAX_RETENTION_MS = Duration.ofDays(30).toMillis();

        public Topics {
            requireRetention("messaging.topics.retention-ms", retentionMs);
            requireRetention("messaging.topics.dead-letter-retention-ms", deadLetterRetentionMs);
        }

        private static void requireRetention(String key, long value) {
            if (value <= 0 || value > MAX_RETENTION_MS) {
                throw new IllegalArgumentException(key + " must be between 1 and " + MAX_RETENTION_MS
                        + " ms (30 days): topics carry personal data, got " + value);
            }
        }
    }
}
