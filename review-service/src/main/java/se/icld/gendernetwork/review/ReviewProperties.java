package se.icld.gendernetwork.review;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Review settings ({@code review.*}).
 *
 * @param claimLease how long a claim lasts before the application returns to the queue
 * @param noticeVersions privacy-notice versions whose consent is accepted (others are dead-lettered);
 *        every version intake-service's {@code intake.privacy-notice.version} has ever been
 * @param outboxInterval how often the outbox relay starts a round (events this replica wrote go out in
 *        the next round; the first retry after a failed publish waits this long, doubling up to a minute)
 * @param outboxSweepInterval how often the relay also looks, through the index of waiting
 *        applications, for events it was not told about (written by another replica, left by a crash,
 *        due for a retry); the backlog gauges are refreshed at most this often (not on every round while
 *        a relay that is behind sweeps each round)
 * @param outboxLease how long a relay holds an application's outbox while it publishes it; another
 *        replica takes over after that (a duplicate publish is then possible, never a reordering)
 */
@ConfigurationProperties("review")
public record ReviewProperties(
        @DefaultValue("30m") Duration claimLease,
        @DefaultValue({"2024-01", "2026-12"}) Set<String> noticeVersions,
        @DefaultValue("500ms") Duration outboxInterval,
        @DefaultValue("5s") Duration outboxSweepInterval,
        @DefaultValue("30s") Duration outboxLease) {
}
