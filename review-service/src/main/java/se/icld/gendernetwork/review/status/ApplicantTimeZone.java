package se.icld.gendernetwork.review.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The time zone an applicant reads times in, by the municipality's country: Colombia
 * {@code America/Bogota}, Guatemala {@code America/Guatemala}; any other country (none is eligible
 * today) UTC. Neither country has daylight saving time, but the offset is taken from the zone's rules
 * at the instant shown, so it would follow if that changed.
 */
public final class ApplicantTimeZone {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Map<String, ZoneId> BY_COUNTRY = Map.of(
            "CO", ZoneId.of("America/Bogota"),
            "GT", ZoneId.of("America/Guatemala"));

    private ApplicantTimeZone() {
    }

    /** The zone of {@code country} (ISO code), UTC for any other. */
    public static ZoneId of(String country) {
        return country == null ? UTC : BY_COUNTRY.getOrDefault(country, UTC);
    }

    /** The message key naming the zone in words ({@code zone.CO}, {@code zone.GT}, else {@code zone.UTC}). */
    public static String nameKey(String country) {
        return country != null && BY_COUNTRY.containsKey(country) ? "zone." + country : "zone.UTC";
    }

    /** The offset at {@code at} as people write it: "UTC−5", "UTC−6", "UTC+5:30", "UTC" (a real minus sign). */
    public static String offset(ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int hours = Math.abs(seconds) / 3600;
        int minutes = Math.abs(seconds) / 60 % 60;
        return "UTC" + (seconds < 0 ? "\u2212" : "+") + hours + (minutes == 0 ? "" : String.format(":%02d", minutes));
    }
}
