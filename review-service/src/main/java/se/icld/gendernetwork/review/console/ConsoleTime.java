package se.icld.gendernetwork.review.console;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import se.icld.gendernetwork.review.web.pages.PageFormats;

/**
 * How the console writes a time for its reader: in their language and their time zone, the zone
 * named after it ("3 dic 2026, 10:42 CET"). The one formatter every console view uses.
 */
public record ConsoleTime(Locale locale, ZoneId zone) {

    public String format(Instant at) {
        return PageFormats.dateTimeNamed(at, locale, zone);
    }

    /** For {@code <time datetime>}: ISO-8601 with the zone's offset; empty for null. */
    public String machine(Instant at) {
        return PageFormats.machineDateTime(at, zone);
    }

    /** The zone's id, as the page names it: "Europe/Stockholm". */
    public String zoneId() {
        return zone.getId();
    }
}
