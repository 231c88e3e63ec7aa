package se.icld.gendernetwork.intake.submission;

import java.util.Locale;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.intake.IntakeProperties;

/**
 * {@code intake.submissions{outcome, country}}. The country tag is bounded: an eligible country
 * code, {@code other} or {@code unknown}; nothing an applicant typed ever becomes a tag.
 */
@Component
public class SubmissionMetrics {

    public enum Outcome { ACCEPTED, INVALID, RATE_LIMITED, UNAVAILABLE, CONFLICT }

    private final MeterRegistry registry;
    private final IntakeProperties properties;

    SubmissionMetrics(MeterRegistry registry, IntakeProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    public void count(Outcome outcome, String country) {
        Counter.builder("intake.submissions")
                .description("Submissions by outcome and country")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .tag("country", countryTag(country))
                .register(registry)
                .increment();
    }

    private String countryTag(String country) {
        if (country == null || country.isBlank()) {
            return "unknown";
        }
        return properties.eligibleCountries().contains(country) ? country : "other";
    }
}
