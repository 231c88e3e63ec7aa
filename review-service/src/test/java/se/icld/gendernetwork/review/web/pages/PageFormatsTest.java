package se.icld.gendernetwork.review.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PageFormatsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    @Test
    void agesAreDaysAndHoursThenHoursAndMinutesThenMinutes() {
        assertThat(PageFormats.age(NOW.minus(Duration.ofDays(3).plusHours(4).plusMinutes(59)), NOW)).isEqualTo("3 d 4 h");
        assertThat(PageFormats.age(NOW.minus(Duration.ofHours(5).plusMinutes(12)), NOW)).isEqualTo("5 h 12 min");
        assertThat(PageFormats.age(NOW.minusSeconds(59), NOW)).isEqualTo("0 min");
        assertThat(PageFormats.age(NOW.plusSeconds(30), NOW)).isEqualTo("0 min");
        assertThat(PageFormats.age(null, NOW)).isEmpty();
    }

    @Test
    void datesAreInTheReadersLanguageAndSayUtc() {
        // The exact punctuation comes from the JDK's CLDR data and varies between versions.
        assertThat(PageFormats.dateTime(NOW, Locale.forLanguageTag("es"))).startsWith("28 nov 2026").endsWith("15:00 UTC");
        assertThat(PageFormats.dateTime(NOW, Locale.forLanguageTag("sv"))).startsWith("28 nov. 2026").endsWith("15:00 UTC");
        assertThat(PageFormats.dateTime(NOW, Locale.ENGLISH)).startsWith("Nov 28, 2026").contains("3:00").endsWith("PM UTC");
        assertThat(PageFormats.dateTime(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theStatusPagesDatesAreInTheApplicantsZoneWithoutItsName() {
        assertThat(PageFormats.dateTime(NOW, Locale.forLanguageTag("es"), ZoneId.of("America/Bogota")))
                .startsWith("28 nov 2026").endsWith("10:00");
        assertThat(PageFormats.dateTime(NOW, Locale.forLanguageTag("sv"), ZoneId.of("America/Guatemala")))
                .startsWith("28 nov. 2026").endsWith("09:00");
        assertThat(PageFormats.machineDateTime(NOW, ZoneId.of("America/Guatemala"))).isEqualTo("2026-11-28T09:00:00-06:00");
        assertThat(PageFormats.dateTime(null, Locale.ENGLISH, ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void theConsolesDatesAreInTheReadersZoneWithTheZoneNamed() {
        // 28 Nov 2026 15:00 UTC is 16:00 in Stockholm (winter time, CET), 10:00 in Bogotá.
        assertThat(PageFormats.dateTimeNamed(NOW, Locale.ENGLISH, ZoneId.of("Europe/Stockholm")))
                .startsWith("Nov 28, 2026").contains("4:00").endsWith("PM CET");
        assertThat(PageFormats.dateTimeNamed(NOW, Locale.forLanguageTag("sv"), ZoneId.of("Europe/Stockholm")))
                .startsWith("28 nov. 2026").endsWith("16:00 CET");
        assertThat(PageFormats.dateTimeNamed(NOW.plus(java.time.Duration.ofDays(200)), Locale.ENGLISH,
                ZoneId.of("Europe/Stockholm"))).as("summer time").endsWith("CEST");
        assertThat(PageFormats.dateTimeNamed(NOW, Locale.forLanguageTag("es"), ZoneId.of("UTC"))).endsWith("15:00 UTC");
        assertThat(PageFormats.dateTimeNamed(null, Locale.ENGLISH, ZoneId.of("UTC"))).isEmpty();
    }
}
