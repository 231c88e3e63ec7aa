package se.icld.gendernetwork.review;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Review settings ({@code review.*}).
 *
 * @param claimLease how long a claim lasts before the application returns to the queue
 * @param eligibleCountries countries whose submissions are registered (others are dead-lettered)
 * @param noticeVersions privacy-notice versions whose consent is accepted (others are dead-lettered);
 *        keep equal to intake-service's {@code intake.notice-versions}
 * @param outboxInterval how often the outbox relay looks for pending events
 */
@ConfigurationProperties("review")
public record ReviewProperties(
        @DefaultValue("30m") Duration claimLease,
        @DefaultValue({"CO", "GT"}) Set<String> eligibleCountries,
        @DefaultValue("2024-01") Set<String> noticeVersions,
        @DefaultValue("500ms") Duration outboxInterval) {
}
