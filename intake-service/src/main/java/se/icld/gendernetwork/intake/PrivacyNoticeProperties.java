package se.icld.gendernetwork.intake;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The privacy notice ({@code intake.privacy-notice.*}): which version the service shows, and the
 * figures and contact it states. The version is the only one intake records with a consent, so what
 * an application consented to is always what the service showed, never a value a client picked; a
 * new version (a changed text) leaves older applications with theirs, since the version travels in
 * the event and review-service stores it.
 *
 * @param version the version of the notice shown now (bump it whenever the text changes, and add it
 *        to review-service's {@code review.notice-versions}, which must keep the older ones)
 * @param earlierNetworkVersions earlier versions whose text still covers all a network call asks (2024-01:
 *        the notice before the partnership programme): an API request to a network call naming one was
 *        read against that text and is recorded with it; a partnership call and the form take {@code version} only
 * @param contact the address applicants write to about their data
 * @param retentionMonths how long after the decision an application is kept, as the notice states it
 * @param topicRetentionDays how long the Kafka topics keep a record, as the notice states it: the
 *        longest {@code retention.ms} deploy and the services set (the dead-letter topics' 14 days)
 */
@ConfigurationProperties("intake.privacy-notice")
public record PrivacyNoticeProperties(
        @DefaultValue("2026-12") String version,
        @DefaultValue("privacidad@gender-network.local") String contact,
        @DefaultValue("24") int retentionMonths,
        @DefaultValue("14") int topicRetentionDays,
        @DefaultValue("2024-01") Set<String> earlierNetworkVersions) {

    public PrivacyNoticeProperties {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("intake.privacy-notice.version must be set");
        }
        earlierNetworkVersions = earlierNetworkVersions == null ? Set.of() : Set.copyOf(earlierNetworkVersions);
    }
}
