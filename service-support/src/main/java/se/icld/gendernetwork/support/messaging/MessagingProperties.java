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
     * @param partitions partitions of every topic the kit creates (dead-letter topics) and the binder's
     *     {@code min-partition-count} for the topics it provisions
     */
    public record Topics(@DefaultValue("3") int partitions) {
    }
}
