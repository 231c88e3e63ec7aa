package se.icld.gendernetwork.support.calls;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;

/**
 * The calls as configured ({@code network.calls}: defaults in {@code service-defaults.yml}; an
 * operator replaces the whole list with a file of their own, {@code SPRING_CONFIG_ADDITIONAL_LOCATION=file:calls.yml}).
 * {@code opens-at} and {@code closes-at} are ISO-8601 instants with an offset
 * ({@code 2026-12-10T23:59:59-05:00}); {@code closes-at} left out: open until further notice;
 * {@code questions} ({@code NETWORK}, the default, or {@code PARTNERSHIP}) is the form's question set;
 * {@code criteria} the review criteria ids its applications are scored on (left out: all).
 */
@ConfigurationProperties("network")
public record CallsProperties(List<Setting> calls) {

    /** One call as written in the file. */
    public record Setting(String id, Map<String, String> title, Map<String, String> introduction, String opensAt,
            String closesAt, String timeZone, Set<String> eligibleCountries, Call.Questions questions,
            List<String> criteria) {
    }

    /**
     * The calls, checked: a date or time zone that does not parse, and every rule of {@link Calls},
     * refuse the start with one message naming each problem.
     */
    public Calls toCalls() {
        List<String> problems = new ArrayList<>();
        List<Call> parsed = new ArrayList<>();
        List<Setting> settings = calls == null ? List.of() : calls;
        for (int i = 0; i < settings.size(); i++) {
            Setting s = settings.get(i);
            String where = "network.calls[" + i + "]";
            Instant opens = instant(s.opensAt(), where + ".opens-at", problems);
            Instant closes = instant(s.closesAt(), where + ".closes-at", problems);
            ZoneId zone = null;
            try {
                zone = s.timeZone() == null ? null : ZoneId.of(s.timeZone());
            } catch (DateTimeException e) {
                problems.add(where + ".time-zone '" + s.timeZone() + "' is not a time zone (e.g. America/Bogota)");
            }
            parsed.add(new Call(s.id(), s.title() == null ? Map.of() : s.title(),
                    s.introduction() == null ? Map.of() : s.introduction(), opens, closes, zone,
                    s.eligibleCountries() == null ? Set.of() : s.eligibleCountries(), s.questions(), s.criteria()));
        }
        try {
            Calls checked = new Calls(parsed);
            if (problems.isEmpty()) {
                return checked;
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage().replaceFirst("^Invalid calls: ", ""));
        }
        throw new IllegalArgumentException("Invalid calls: " + String.join("; ", problems));
    }

    private static Instant instant(String text, String where, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(where + " '" + text + "' is not an instant with an offset (e.g. 2026-12-10T23:59:59-05:00)");
            return null;
        }
    }
}
