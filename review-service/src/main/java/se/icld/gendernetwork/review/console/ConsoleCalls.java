package se.icld.gendernetwork.review.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.queue.ReviewStats;

/**
 * The calls as the console shows them: each configured call's title in the reader's language (the
 * queue's call filter, the call of each row), and the calls' panel: phase (before, open, closed),
 * opening and closing in the reader's time zone, and the applications by status (one {@code $group}
 * over every call).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConsoleCalls {

    private final Calls calls;
    private final ReviewStats stats;

    /** A call to choose: its id and title. */
    public record Option(String id, String title) {
    }

    /** A count of one status. */
    public record StatusCount(Status status, long count) {
    }

    /**
     * One call on the panel. {@code opens}/{@code closes} formatted for the reader ({@code closes} null:
     * open until further notice), with their machine forms for {@code <time datetime>}; {@code counts}
     * every status in the workflow's order, zero included; {@code total} their sum.
     */
    public record CallRow(String id, String title, Call.Phase phase, String opens, String opensMachine, String closes,
            String closesMachine, List<StatusCount> counts, long total) {
    }

    /** The title of {@code callId} in the reader's language; an id no call has (any more): the id itself. */
    public String title(String callId, Locale locale) {
        return calls.find(callId).map(c -> c.titleIn(locale.getLanguage())).orElse(callId);
    }

    /** Every configured call, in the configured order. */
    public List<Option> options(Locale locale) {
        return calls.all().stream().map(c -> new Option(c.id(), c.titleIn(locale.getLanguage()))).toList();
    }

    /** The panel at {@code now}, for the reader of {@code time}. */
    public List<CallRow> rows(Instant now, ConsoleTime time) {
        return rows(calls, stats.countByCallAndStatus(), now, time);
    }

    /**
     * The panel's rows: every configured call, in order, with its phase at {@code now} and its counts
     * from {@code counts} (per call id; a call without applications: zeros).
     */
    static List<CallRow> rows(Calls calls, Map<String, Map<Status, Long>> counts, Instant now, ConsoleTime time) {
        List<CallRow> rows = new ArrayList<>();
        for (Call c : calls.all()) {
            Map<Status, Long> of = counts.getOrDefault(c.id(), Map.of());
            List<StatusCount> byStatus = new ArrayList<>();
            long total = 0;
            for (Status s : Status.values()) {
                long n = of.getOrDefault(s, 0L);
                byStatus.add(new StatusCount(s, n));
                total += n;
            }
            rows.add(new CallRow(c.id(), c.titleIn(time.locale().getLanguage()), c.phaseAt(now), time.format(c.opensAt()),
                    time.machine(c.opensAt()), c.closesAt() == null ? null : time.format(c.closesAt()),
                    c.closesAt() == null ? null : time.machine(c.closesAt()), List.copyOf(byStatus), total));
        }
        return rows;
    }
}
