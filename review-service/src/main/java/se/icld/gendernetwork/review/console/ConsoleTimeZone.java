package se.icld.gendernetwork.review.console;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The time zone the console writes times in, for each reader: the one chosen on the page
 * ({@code ?tz=}, one of {@link #zones()}; remembered in the cookie {@value #COOKIE}, HttpOnly,
 * SameSite=Lax, for the console's paths), else the cookie's, else {@code review.console.time-zone}
 * (Europe/Stockholm unless configured). Like the applicant's zone ({@code status/ApplicantTimeZone}),
 * the offset is taken from the zone's rules at each instant shown. A zone that is not offered is
 * ignored (the default applies).
 */
@Component
public class ConsoleTimeZone {

    static final String COOKIE = "review-tz";
    private static final List<String> OFFERED = List.of("America/Bogota", "America/Guatemala", "Europe/Stockholm", "UTC");

    private final ZoneId fallback;
    private final List<String> zones;

    ConsoleTimeZone(@Value("${review.console.time-zone:Europe/Stockholm}") String configured) {
        try {
            this.fallback = ZoneId.of(configured);
        } catch (DateTimeException e) {
            throw new IllegalStateException("review.console.time-zone is not a time zone id (e.g. Europe/Stockholm)", e);
        }
        List<String> offered = new ArrayList<>(OFFERED);
        if (!offered.contains(fallback.getId())) {
            offered.add(fallback.getId());
        }
        this.zones = List.copyOf(offered);
    }

    /** The zones the page offers, by id. */
    public List<String> zones() {
        return zones;
    }

    /** The reader's zone for this request; a {@code tz} parameter that names an offered zone is remembered. */
    public ZoneId resolve(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("tz");
        if (asked != null && zones.contains(asked)) {
            response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, asked).path("/console").httpOnly(true)
                    .sameSite("Lax").secure(request.isSecure()).maxAge(java.time.Duration.ofDays(365)).build().toString());
            return ZoneId.of(asked);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && zones.contains(cookie.getValue())) {
                    return ZoneId.of(cookie.getValue());
                }
            }
        }
        return fallback;
    }

    /** The reader's {@link ConsoleTime}. */
    public ConsoleTime time(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return new ConsoleTime(locale, resolve(request, response));
    }
}
