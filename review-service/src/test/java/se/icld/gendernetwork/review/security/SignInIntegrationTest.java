package se.icld.gendernetwork.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.review.ReviewTestSupport;

/**
 * Password sign-ins on the running service: failures are logged and throttled per account (form and
 * HTTP Basic alike), and anonymous pages create no session.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTest extends ReviewTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void thirtyWrongPasswordsOnTheLoginFormThenTheRightOneIsRefusedAndTheFailuresAreLogged(CapturedOutput output) {
        HttpClient browser = browser();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> wrong = login(browser, "carol", "guess-" + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?error"));
        }

        HttpResponse<String> right = login(browser, "carol", "carol-pw");

        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login?error"));
        assertThat(send(browser, HttpRequest.newBuilder(uri("/console")).GET()).statusCode()).isEqualTo(302);
        assertThat(output.getOut()).contains("Failed sign-in for user 'carol' from 127.0.0.1")
                .contains("Sign-in throttled: user 'carol'")
                .doesNotContain("guess-1");
        // Another account from the same client still signs in.
        assertThat(login(browser(), "alice", "alice-pw").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void thirtyWrongPasswordsOverHttpBasicThenTheRightOneIsRefusedWith429(CapturedOutput output) {
        for (int i = 0; i < 30; i++) {
            // The first five are checked (401); from then on the account is refused before any check.
            assertThat(basic("dave", "guess-" + i).statusCode()).isEqualTo(i < 5 ? 401 : 429);
        }

        HttpResponse<String> right = basic("dave", "dave-pw");

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(output.getOut()).contains("Failed sign-in for user 'dave' from 127.0.0.1").doesNotContain("guess-2");
        assertThat(basic("bob", "bob-pw").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousPagesCreateNoSession() {
        UUID id = registerApplication();
        HttpClient client = HttpClient.newHttpClient();

        for (String path : new String[] {"/console/login", "/console/login?lang=en", "/console/login?logout",
                "/status/" + id + "?token=" + new StatusToken(SECRET).tokenFor(id)}) {
            HttpResponse<String> page = send(client, HttpRequest.newBuilder(uri(path)).GET());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    private HttpResponse<String> login(HttpClient browser, String user, String password) {
        String page = send(browser, HttpRequest.newBuilder(uri("/console/login")).GET()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        return send(browser, HttpRequest.newBuilder(uri("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> basic(String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(uri("/api/v1/review/queue"))
                .header("Authorization", "Basic " + credentials).GET());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
