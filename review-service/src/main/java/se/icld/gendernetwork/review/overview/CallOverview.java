package se.icld.gendernetwork.review.overview;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.ApplicationFigures;
import se.icld.gendernetwork.review.application.ApplicationFigures.Count;
import se.icld.gendernetwork.review.application.ApplicationFigures.DayCount;
import se.icld.gendernetwork.review.application.ApplicationFigures.DecisionTime;
import se.icld.gendernetwork.review.application.ApplicationFigures.Figures;
import se.icld.gendernetwork.review.application.ApplicationFigures.MunicipalityCount;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.export.ApplicationExport;
import se.icld.gendernetwork.review.web.pages.PageFormats;

/**
 * The call's overview for programme officers: the figures of {@link ApplicationFigures} as charts
 * in the reader's language (the console's words for statuses, countries, languages, focus areas and
 * interests), and the same as CSV for reports to funders. Holds no personal data: counts, and the
 * names of municipalities, which are public bodies.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CallOverview {

    /** At most this many days are drawn (the latest ones): a stray date cannot make the page endless. */
    static final int MAX_DAYS = 1000;

    private final ApplicationFigures figures;
    private final MessageSource messages;

    /**
     * @param median the median time from submission to first decision in words ("3 d 4 h"), null when none decided
     */
    public record Overview(long total, long decided, Duration medianTimeToDecision, String median, List<Chart> charts) {
    }

    public Overview overview(Locale locale) {
        return overview(locale, null);
    }

    /** The overview of the applications to {@code callId} (null: every call). */
    public Overview overview(Locale locale, String callId) {
        return assemble(figures.figures(callId), locale, messages);
    }

    static Overview assemble(Figures f, Locale locale, MessageSource messages) {
        Words words = new Words(messages, locale);
        String none = words.get("overview.empty");
        List<Chart> charts = new ArrayList<>();

        charts.add(new Chart("days", Chart.Kind.COLUMNS, words.get("overview.days.title"),
                words.get("overview.days.description"), words.get("overview.days.label"), days(f.submissionsPerDay()), none));

        List<Chart.Bar> statuses = new ArrayList<>();
        for (Status s : Status.values()) {
            statuses.add(new Chart.Bar(words.get("state." + s.name()), f.byStatus().getOrDefault(s, 0L)));
        }
        charts.add(new Chart("status", Chart.Kind.BARS, words.get("overview.status.title"),
                words.get("overview.status.description"), words.get("overview.status.label"),
                f.total() == 0 ? List.of() : statuses, none));

        charts.add(bars("country", words, labelled(f.byCountry(), "country.", words), none));

        List<Chart.Bar> municipalities = new ArrayList<>();
        for (MunicipalityCount m : f.topMunicipalities()) {
            String name = m.name() == null ? words.get("overview.unknown") : m.name();
            municipalities.add(new Chart.Bar(m.country() == null ? name : name + " (" + m.country() + ")", m.count()));
        }
        long named = municipalities.stream().mapToLong(Chart.Bar::value).sum();
        long others = f.municipalities() - municipalities.size();
        if (f.total() > named && others > 0) {
            municipalities.add(new Chart.Bar(words.get("overview.municipality.other", others), f.total() - named));
        }
        charts.add(new Chart("municipality", Chart.Kind.BARS, words.get("overview.municipality.title"),
                words.get("overview.municipality.description", ApplicationFigures.TOP_MUNICIPALITIES),
                words.get("overview.municipality.label"), municipalities, none));

        charts.add(bars("focus", words, labelled(f.byFocusArea(), "focus.", words), none));
        charts.add(bars("language", words, labelled(f.byLanguage(), "language.", words), none));

        List<Chart.Bar> interest = List.of(
                new Chart.Bar(words.get("detail.localWorkshop"), f.interest().localWorkshop()),
                new Chart.Bar(words.get("detail.swedenWorkshop"), f.interest().swedenWorkshop()),
                new Chart.Bar(words.get("detail.partnership"), f.interest().partnership()),
                new Chart.Bar(words.get("detail.mentorship"), f.interest().mentorship()));
        charts.add(new Chart("interest", Chart.Kind.BARS, words.get("overview.interest.title"),
                words.get("overview.interest.description", f.total()), words.get("overview.interest.label"),
                f.total() == 0 ? List.of() : interest, none));

        List<Chart.Bar> times = new ArrayList<>();
        for (DecisionTime t : DecisionTime.values()) {
            times.add(new Chart.Bar(words.get("overview.decision." + t.name()), f.timeToDecision().getOrDefault(t, 0L)));
        }
        String median = f.medianTimeToDecision() == null ? null : duration(f.medianTimeToDecision());
        charts.add(new Chart("decision", Chart.Kind.BARS, words.get("overview.decision.title"),
                median == null ? words.get("overview.decision.description", f.decided())
                        : words.get("overview.decision.descriptionWithMedian", f.decided(), median),
                words.get("overview.decision.label"), f.decided() == 0 ? List.of() : times,
                words.get("overview.decision.empty")));

        return new Overview(f.total(), f.decided(), f.medianTimeToDecision(), median, charts);
    }

    /** Every UTC day from the first submission to the last (the latest {@link #MAX_DAYS}), zero included. */
    static List<Chart.Bar> days(List<DayCount> counted) {
        if (counted.isEmpty()) {
            return List.of();
        }
        LocalDate last = counted.get(counted.size() - 1).day();
        LocalDate first = counted.get(0).day();
        if (first.plusDays(MAX_DAYS - 1).isBefore(last)) {
            first = last.minusDays(MAX_DAYS - 1);
        }
        List<Chart.Bar> days = new ArrayList<>();
        Iterator<DayCount> next = counted.iterator();
        DayCount pending = next.next();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            while (pending != null && pending.day().isBefore(day)) {
                pending = next.hasNext() ? next.next() : null;
            }
            long n = pending != null && pending.day().equals(day) ? pending.count() : 0;
            days.add(new Chart.Bar(day.toString(), n));
        }
        return days;
    }

    /** "3 d 4 h", "5 h 12 min": the console's way of writing a time span. */
    static String duration(Duration d) {
        return PageFormats.age(Instant.EPOCH, Instant.EPOCH.plus(d));
    }

    private static Chart bars(String id, Words words, List<Chart.Bar> bars, String none) {
        return new Chart(id, Chart.Kind.BARS, words.get("overview." + id + ".title"),
                words.get("overview." + id + ".description"), words.get("overview." + id + ".label"), bars, none);
    }

    private static List<Chart.Bar> labelled(List<Count> counts, String prefix, Words words) {
        return counts.stream().map(c -> new Chart.Bar(c.key() == null ? words.get("overview.unknown")
                : words.orKey(prefix + c.key(), c.key()), c.count())).toList();
    }

    /**
     * The overview as CSV ({@code section,label,count}, the reader's words; the summary first, then
     * every chart's rows, days as ISO dates), every text neutralised against spreadsheet formulas.
     * Flushes {@code out}, leaves it open.
     */
    public static void csv(Overview overview, Locale locale, MessageSource messages, Writer out) throws IOException {
        Words words = new Words(messages, locale);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(words.get("overview.csv.section"), words.get("overview.csv.label"),
                        words.get("overview.csv.count")).get());
        String summary = words.get("overview.csv.summary");
        csv.printRecord(ApplicationExport.safe(summary), ApplicationExport.safe(words.get("overview.csv.total")),
                overview.total());
        csv.printRecord(ApplicationExport.safe(summary), ApplicationExport.safe(words.get("overview.csv.decided")),
                overview.decided());
        if (overview.medianTimeToDecision() != null) {
            csv.printRecord(ApplicationExport.safe(summary), ApplicationExport.safe(words.get("overview.csv.median")),
                    BigDecimal.valueOf(overview.medianTimeToDecision().toMinutes())
                            .divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_UP).toPlainString());
        }
        for (Chart chart : overview.charts()) {
            for (Chart.Bar bar : chart.bars()) {
                csv.printRecord(ApplicationExport.safe(chart.title()), ApplicationExport.safe(bar.label()), bar.value());
            }
        }
        csv.flush();
    }

    /** The messages in one language; a missing key shows as itself (a test catches it). */
    private record Words(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }

        String orKey(String key, String fallback) {
            return messages.getMessage(key, null, fallback, locale);
        }
    }
}
