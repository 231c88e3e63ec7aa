package se.icld.gendernetwork.review.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The applicant's time zone by the municipality's country, and how its offset is written (plain). */
class ApplicantTimeZoneTest {

    private static final Instant AT = Instant.parse("2026-12-01T15:30:00Z");

    @Test
    void colombiaAndGuatemalaHaveTheirOwnZones() {
        assertThat(ApplicantTimeZone.of("CO")).isEqualTo(ZoneId.of("America/Bogota"));
        assertThat(ApplicantTimeZone.of("GT")).isEqualTo(ZoneId.of("America/Guatemala"));
        assertThat(ApplicantTimeZone.nameKey("CO")).isEqualTo("zone.CO");
        assertThat(ApplicantTimeZone.nameKey("GT")).isEqualTo("zone.GT");
    }

    @Test
    void anyOtherCountryIsUtc() {
        assertThat(ApplicantTimeZone.of("SE")).isEqualTo(ZoneId.of("UTC"));
        assertThat(ApplicantTimeZone.of(null)).isEqualTo(ZoneId.of("UTC"));
        assertThat(ApplicantTimeZone.nameKey("SE")).isEqualTo("zone.UTC");
        assertThat(ApplicantTimeZone.offset(ZoneId.of("UTC"), AT)).isEqualTo("UTC");
    }

    @Test
    void theOffsetIsWrittenWithARealMinusSign() {
        assertThat(ApplicantTimeZone.offset(ApplicantTimeZone.of("CO"), AT)).isEqualTo("UTC\u22125");
        assertThat(ApplicantTimeZone.offset(ApplicantTimeZone.of("GT"), AT)).isEqualTo("UTC\u22126");
        assertThat(ApplicantTimeZone.offset(ZoneId.of("Asia/Kolkata"), AT)).isEqualTo("UTC+5:30");
    }
}
