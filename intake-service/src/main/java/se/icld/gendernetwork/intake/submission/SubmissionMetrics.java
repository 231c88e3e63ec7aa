package se.icld.gendernetwork.intake.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;

/**
 * {@code intake.submissions{outcome, country, channel}}. The country tag is bounded: a country code
 * eligible in some call, {@code other} or {@code unknown}; nothing an applicant typed ever becomes a tag.
 * {@code channel} is {@code api} or {@code form}. Every combination is registered at zero on start,
 * so an alert on {@code increase()} sees the very first event of a kind.
 */
@Component
public class SubmissionMetrics {

    public enum Outcome { ACCEPTED, INVALID, RATE_LIMITED, UNAVAILABLE, CALL_CLOSED }

    public enum Channel { API, FORM }

    static final String OTHER = "other";
    static final String UNKNOWN = "unknown";

    private final MeterRegistry registry;
    /** The countries some call takes. */
    private final Set<String> eligibleCountries;

    SubmissionMetrics(MeterRegistry registry, Calls calls) {
        this.registry = registry;
        Set<String> eligible = new TreeSet<>();
        calls.all().stream().map(Call::eligibleCountries).forEach(eligible::addAll);
        this.eligibleCountries = Set.copyOf(eligible);
        List<String> countries = new ArrayList<>(eligible);
        countries.add(OTHER);
        countries.add(UNKNOWN);
        for (Channel channel : Channel.values()) {
            for (Outcome outcome : Outcome.values()) {
                for (String country : countries) {
                    counter(channel, outcome, country);
                }
            }
        }
    }

    /** A submission through the JSON API. */
    public void count(Outcome outcome, String country) {
        count(Channel.API, outcome, country);
    }

    public void count(Channel channel, Outcome outcome, String country) {
        counter(channel, outcome, countryTag(country)).increment();
    }

    private Counter counter(Channel channel, Outcome outcome, String countryTag) {
        return Counter.builder("intake.submissions")
                .description("Submissions by outcome, country and channel")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .tag("country", countryTag)
                .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private String countryTag(String country) {
        if (country == null || country.isBlank()) {
            return UNKNOWN;
        }
        return eligibleCountries.contains(country) ? country : OTHER;
    }
}
