package se.icld.gendernetwork.contracts.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The calls the services know, from configuration, checked once: an id that is not lower-case
 * letters, digits and hyphens, an id used twice, a title or introduction missing in es, en or sv, a
 * closing not after the opening, no eligible country, or a criterion id that is malformed or listed
 * twice refuse the whole list with a message naming
 * each problem ({@link IllegalArgumentException}), so a service with a broken call file does not
 * start. The first call is the default: the one an event without {@code callId} belongs to.
 */
public final class Calls {

    /** The call every event written before calls existed belongs to. */
    public static final String DEFAULT_CALL = "network-2024";

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final List<Call> calls;

    public Calls(List<Call> calls) {
        List<String> problems = new ArrayList<>();
        if (calls == null || calls.isEmpty()) {
            problems.add("no call is configured");
            calls = List.of();
        }
        ConfiguredLists.check(calls, "network.calls", "call", Call::id, problems, (c, where) -> {
            for (String language : ConfiguredLists.LANGUAGES) {
                if (blank(c.title().get(language))) {
                    problems.add(where + ".title." + language + " is missing (call '" + c.id() + "'): every call needs a title in es, en and sv");
                }
                if (blank(c.introduction().get(language))) {
                    problems.add(where + ".introduction." + language + " is missing (call '" + c.id() + "')");
                }
            }
            if (c.opensAt() == null) {
                problems.add(where + ".opens-at is missing (call '" + c.id() + "')");
            } else if (c.closesAt() != null && !c.closesAt().isAfter(c.opensAt())) {
                problems.add(where + ".closes-at must be after opens-at (call '" + c.id() + "')");
            }
            if (c.timeZone() == null) {
                problems.add(where + ".time-zone is missing (call '" + c.id() + "')");
            }
            if (c.eligibleCountries().isEmpty()) {
                problems.add(where + ".eligible-countries is empty (call '" + c.id() + "')");
            }
            c.eligibleCountries().stream().filter(country -> !COUNTRY.matcher(country).matches())
                    .forEach(country -> problems.add(where + ".eligible-countries: '" + country + "' is not an ISO code of two capital letters"));
            Set<String> criteria = new HashSet<>();
            for (String criterion : c.criteria()) {
                if (!ConfiguredLists.isId(criterion)) {
                    problems.add(where + ".criteria: '" + criterion + "' is not a criterion id (lower-case letters, digits and hyphens)");
                } else if (!criteria.add(criterion)) {
                    problems.add(where + ".criteria: '" + criterion + "' is listed twice (call '" + c.id() + "')");
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid calls: " + String.join("; ", problems));
        }
        this.calls = List.copyOf(calls);
    }

    /** Every call, in the configured order. */
    public List<Call> all() {
        return calls;
    }

    public Optional<Call> find(String id) {
        return calls.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The call {@code callId} names, or {@link #DEFAULT_CALL} where it names none ({@code null} or blank:
     * an event written before calls existed, which every event's constructor reads this way).
     */
    public static String orDefault(String callId) {
        return callId == null || callId.isBlank() ? DEFAULT_CALL : callId;
    }

    /** The call of an event or request that names none: the first one configured. */
    public Call defaultCall() {
        return calls.get(0);
    }

    /** The calls open at {@code now}, in the configured order. */
    public List<Call> openAt(Instant now) {
        return calls.stream().filter(c -> c.phaseAt(now) == Call.Phase.OPEN).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
