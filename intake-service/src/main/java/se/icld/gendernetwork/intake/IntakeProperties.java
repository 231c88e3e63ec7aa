package se.icld.gendernetwork.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake settings ({@code intake.*}).
 *
 * The countries whose municipalities may apply are each call's ({@code network.calls[].eligible-countries}).
 *
 * @param municipalities known municipalities by country (the form suggests them; others are accepted)
 * @param publishTimeout how long a submission may wait for the broker's acknowledgement; after it the
 *        applicant gets 503. The broker may still write the record after that answer: a retry with
 *        the same key and body is the same application, so nothing is doubled
 * @param rateLimitPerMinute submissions one client may make per minute
 */
@ConfigurationProperties("intake")
public record IntakeProperties(
        Map<String, List<String>> municipalities,
        @DefaultValue("3s") Duration publishTimeout,
        @DefaultValue("10") int rateLimitPerMinute) {

    public IntakeProperties {
        municipalities = municipalities == null ? Map.of() : Map.copyOf(municipalities);
    }
}
