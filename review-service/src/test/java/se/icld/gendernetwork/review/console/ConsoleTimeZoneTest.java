package se.icld.gendernetwork.review.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.Cookie;

/** The console reader's time zone: chosen, remembered, else configured; never one that is not offered. */
class ConsoleTimeZoneTest {

    private final ConsoleTimeZone zones = new ConsoleTimeZone("Europe/Stockholm");

    @Test
    void withoutAChoiceTheConfiguredZone() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(zones.resolve(new MockHttpServletRequest(), response)).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aChosenZoneIsUsedAndRememberedInACookie() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter("tz", "America/Bogota");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(zones.resolve(request, response)).isEqualTo(ZoneId.of("America/Bogota"));
        assertThat(response.getHeader("Set-Cookie")).startsWith("review-tz=America/Bogota").contains("Path=/console")
                .contains("HttpOnly").contains("SameSite=Lax");

        MockHttpServletRequest next = new MockHttpServletRequest();
        next.setCookies(new Cookie("review-tz", "America/Bogota"));
        assertThat(zones.resolve(next, new MockHttpServletResponse())).isEqualTo(ZoneId.of("America/Bogota"));
    }

    @Test
    void aZoneThatIsNotOfferedIsIgnored() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter("tz", "Asia/Tokyo");
        request.setCookies(new Cookie("review-tz", "Europe/Paris"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(zones.resolve(request, response)).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aConfiguredZoneIsOfferedTooAndAWrongOneRefusesToStart() {
        assertThat(new ConsoleTimeZone("Europe/Madrid").zones()).containsExactly("America/Bogota", "America/Guatemala",
                "Europe/Stockholm", "UTC", "Europe/Madrid");
        assertThat(zones.zones()).containsExactly("America/Bogota", "America/Guatemala", "Europe/Stockholm", "UTC");
        assertThatThrownBy(() -> new ConsoleTimeZone("Mars/Olympus")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("review.console.time-zone");
    }
}
