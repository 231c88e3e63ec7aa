package se.icld.gendernetwork.review.web.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the pages write times: dates in the reader's language, in the reader's chosen zone (named after
 * each time) on the console, in the applicant's zone on the status page (which names the zone once);
 * ages like "3 d 4 h".
 */
public final class PageFormats {

    private PageFormats() {
    }

    /** E.g. "28 nov 2026, 15:26 UTC" (es), "Nov 28, 2026, 3:26 PM UTC" (en); empty for null. */
    public static String dateTime(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(at) + " UTC";
    }

    /**
     * E.g. "28 nov 2026, 10:26" in {@code zone}, without the zone's name (the page names it once);
     * empty for null.
     */
    public static String dateTime(Instant at, Locale locale, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(at);
    }

    /**
     * E.g. "3 dic 2026, 10:42 CET" in {@code zone}, the zone's short name after it (in the reader's
     * language where it has one: "CET", "COT", "UTC"); empty for null. The console's times.
     */
    public static String dateTimeNamed(Instant at, Locale locale, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return dateTime(at, locale, zone) + " " + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(at);
    }

    /** The instant as ISO-8601 with the zone's offset, for {@code <time datetime>}; empty for null. */
    public static String machineDateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).withNano(0));
    }

    /** "3 d 4 h", "5 h 12 min", "7 min" (the same abbreviations in es, en and sv). */
    public static String age(Instant since, Instant now) {
        if (since == null) {
            return "";
        }
        Duration age = Duration.between(since, now);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        long days = age.toDays();
        int hours = age.toHoursPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + age.toMinutesPart() + " min";
        }
        return age.toMinutesPart() + " min";
    }
}
