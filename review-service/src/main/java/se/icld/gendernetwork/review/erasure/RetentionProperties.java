package se.icld.gendernetwork.review.erasure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code review.retention}: how long a closed application keeps the applicant's personal data.
 *
 * @param after from its latest decision (or its withdrawal) until it is anonymised: 730 days (24
 *        months) by default, what the privacy notice states
 * @param interval how often the job looks for applications past it
 * @param batch at most this many anonymised per look (the next look takes the rest)
 * @param enabled false stops the job (say, while the notice's period is being changed)
 */
@ConfigurationProperties("review.retention")
public record RetentionProperties(@DefaultValue("730d") Duration after, @DefaultValue("1h") Duration interval,
        @DefaultValue("200") int batch, @DefaultValue("true") boolean enabled) {

    public RetentionProperties {
        if (after.isNegative() || after.isZero() || batch < 1) {
            throw new IllegalArgumentException("review.retention: after must be positive, batch at least 1");
        }
    }
}
