package se.icld.gendernetwork.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.review.console.PageClient;

/**
 * Password sign-ins on the running service: failures are logged and throttled per account (form and
 * HTTP Basic alike), and anonymous pages create no session.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTest extends ReviewTestSupport {

    @Autowired
    UserDetailsService users;

    /**
     * A configured hash is checked as it is, never re-hashed at the encoder's default cost after a
     * sign-in (the local stack's cost-4 hashes stay cheap: DecideBench's 50 calls a second).
     */
    @Test
    void aSignInLeavesTheConfiguredPasswordHashAsItIs() {
        assertThat(users).isNotInstanceOf(UserDetailsPasswordService.class);
        assertThat(basic("bob", "bob-pw").statusCode()).isEqualTo(200);

        assertThat(users.loadUserByUsername("bob").getPassword()).isEqualTo("{noop}bob-pw");
    }

    @Test
    void thirtyWrongPasswordsOnTheLoginFormThenTheRightOneIsRefusedAndTheFailuresAreLogged(CapturedOutput output) {
        PageClient browser = new PageClient(port);
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> wrong = browser.login("locked-form", "guess-" + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
            // The first five are checked (wrong password); from then on the account is refused before any check.
            String answer = i < 5 ? "/console/login?error" : "/console/login?throttled";
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(answer));
        }

        HttpResponse<String> right = browser.login("locked-form", "locked-form-pw");

        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?throttled"));
        assertThat(browser.get("/console/login?throttled").body()).as("told to wait, not that the password is wrong")
                .contains("Demasiados intentos fallidos", "espere 15 minutos").doesNotContain("Usuario o contraseña incorrectos");
        assertThat(browser.get("/console").statusCode()).isEqualTo(302);
        assertThat(output.getOut()).contains("Failed sign-in for user 'locked-form' from 127.0.0.1")
                .contains("Sign-in throttled: user 'locked-form'")
                .doesNotContain("guess-1");
        // Another account from the same client still signs in.
        assertThat(new PageClient(port).login("alice", "alice-pw").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void thirtyWrongPasswordsOverHttpBasicThenTheRightOneIsRefusedWith429(CapturedOutput output) {
        for (int i = 0; i < 30; i++) {
            // The first five are checked (401); from then on the account is refused before any check.
            assertThat(basic("locked-basic", "guess-" + i).statusCode()).isEqualTo(i < 5 ? 401 : 429);
        }

        HttpResponse<String> right = basic("locked-basic", "locked-basic-pw");

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(output.getOut()).contains("Failed sign-in for user 'locked-basic' from 127.0.0.1").doesNotContain("guess-2");
        assertThat(basic("bob", "bob-pw").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousPagesCreateNoSession() {
        UUID id = registerApplication();
        // A client that keeps no cookies: each page is a first visit.

        for (String path : new String[] {"/console/login", "/console/login?lang=en", "/console/login?logout",
                "/status/" + id + "?token=" + new StatusToken(SECRET).tokenFor(id)}) {
            HttpResponse<String> page = new PageClient(port).get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    private HttpResponse<String> basic(String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new PageClient(port).get("/api/v1/review/queue", "Authorization", "Basic " + credentials);
    }
}
