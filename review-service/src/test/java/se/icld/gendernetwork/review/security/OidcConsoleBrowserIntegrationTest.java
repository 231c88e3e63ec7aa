package se.icld.gendernetwork.review.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.icld.gendernetwork.testsupport.Browsers;
import se.icld.gendernetwork.testsupport.TestServers;

/**
 * The console's single sign-on in headless Chromium, against a real OIDC provider started here
 * ({@link TestIdentityProvider}: Spring Authorization Server, PKCE required, roles in the ID token).
 * The service runs in the production mode ({@code review.security.mode=jwt}) on 127.0.0.1, the
 * provider on localhost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "network.status.secret=test-status-secret-of-enough-length",
        "review.security.mode=jwt",
        "spring.security.oauth2.client.registration.console.client-id=" + TestIdentityProvider.CLIENT_ID,
        "spring.security.oauth2.client.registration.console.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
        "spring.security.oauth2.client.registration.console.scope=openid"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcConsoleBrowserIntegrationTest {

    /** Selenium's warning about DevTools versions, as in the console's browser test. */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
    }

    private static final int PORT = TestIdentityProvider.freePort();
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static TestIdentityProvider provider;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "review-oidc");
        registry.add("server.port", () -> PORT);
        registry.add("management.server.port", () -> 0);
        // As in production: the public base URL configured, the proxy's X-Forwarded-* headers trusted.
        registry.add("network.status.base-url", () -> BASE);
        registry.add("server.forward-headers-strategy", () -> "native");
        registry.add("spring.security.oauth2.client.provider.console.issuer-uri", () -> provider().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> provider().issuer());
    }

    private static synchronized TestIdentityProvider provider() {
        if (provider == null) {
            provider = TestIdentityProvider.start(BASE + "/login/oauth2/code/console", BASE + "/console/login?logout",
                    "rita:REVIEWER", "ada:ADMIN", "nora:");
        }
        return provider;
    }

    @AfterAll
    void quitBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void aReviewerSignsInThroughTheProviderSeesTheQueueAndSignsOutOfBoth() {
        ChromeDriver rita = browser();

        signIn(rita, "rita");
        assertThat(rita.findElement(By.cssSelector("form.logout span")).getText()).contains("rita");
        assertThat(rita.findElement(By.id("summary")).isDisplayed()).isTrue();
        assertThat(rita.findElements(By.cssSelector("form.filters"))).hasSize(1);
        assertThat(rita.findElements(By.id("api-docs"))).as("no admin menu for a reviewer").isEmpty();

        WebElement signOut = rita.findElement(By.cssSelector("form.logout button"));
        signOut.click();
        Browsers.awaitGone(rita, signOut, Duration.ofSeconds(30));
        new WebDriverWait(rita, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(BASE + "/console/login?logout"));
        assertThat(rita.findElement(By.cssSelector(".alert.ok")).getText()).isEqualTo("Ha cerrado la sesión.");

        // Both sessions ended: the console sends her to the provider, which asks for her password again.
        rita.get(BASE + "/console");
        new WebDriverWait(rita, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(provider().issuer() + "/login"));
    }

    @Test
    void anAdminFromTheRolesClaimGetsInAndAUserWithoutRolesIsDenied() {
        ChromeDriver ada = browser();
        signIn(ada, "ada");
        assertThat(ada.findElement(By.cssSelector("form.logout span")).getText()).contains("ada");
        assertThat(ada.findElements(By.cssSelector("form.filters"))).hasSize(1);
        // The admin menu: the API document, which only admins may open.
        WebElement apiDocs = ada.findElement(By.cssSelector("nav.admin #api-docs"));
        assertThat(apiDocs.getText()).isEqualTo("Documento de la API");
        ada.get(apiDocs.getDomProperty("href"));
        new WebDriverWait(ada, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains("swagger-ui"));
        assertThat(ada.getCurrentUrl()).isEqualTo(BASE + "/swagger-ui/index.html");

        ChromeDriver nora = browser();
        nora.get(BASE + "/console");
        providerLogin(nora, "nora");
        new WebDriverWait(nora, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(BASE + "/console"));
        assertThat(nora.findElement(By.tagName("h1")).getText()).isEqualTo("Acceso denegado");
        assertThat(nora.findElements(By.cssSelector("form.filters"))).isEmpty();
    }

    @Test
    void theLoginPageOffersTheProviderAndNoPasswordFormAndTheApiWantsABearerToken() throws Exception {
        ChromeDriver anyone = browser();
        anyone.get(BASE + "/console/login");
        assertThat(anyone.findElements(By.id("password"))).isEmpty();
        assertThat(anyone.findElement(By.id("sso")).getDomAttribute("href")).isEqualTo("/oauth2/authorization/console");

        HttpResponse<String> api = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/v1/review/queue")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void aForgedHostDoesNotChangeWhereTheProviderSendsTheBrowserBack() throws Exception {
        String location = rawGet("/oauth2/authorization/console",
                "Host: evil.example", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");

        assertThat(location).startsWith(provider().issuer());
        String redirectUri = org.springframework.web.util.UriComponentsBuilder.fromUriString(location).build()
                .getQueryParams().getFirst("redirect_uri");
        assertThat(java.net.URLDecoder.decode(redirectUri, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(BASE + "/login/oauth2/code/console");
        assertThat(location).doesNotContain("evil.example");
    }

    /**
     * The {@code Location} of a GET sent over a plain socket (the JDK's HTTP client refuses to send
     * a {@code Host} header of the caller's choosing).
     */
    private static String rawGet(String path, String... headers) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(20_000);
            String request = "GET " + path + " HTTP/1.1\r\n" + String.join("\r\n", headers) + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            java.io.BufferedReader response = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
            assertThat(response.readLine()).startsWith("HTTP/1.1 302");
            for (String line = response.readLine(); line != null && !line.isEmpty(); line = response.readLine()) {
                if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                    return line.substring(9).strip();
                }
            }
            throw new AssertionError("no Location header");
        }
    }

    /** From the console through the provider's login page and back to the queue. */
    private void signIn(ChromeDriver driver, String user) {
        driver.get(BASE + "/console");
        providerLogin(driver, user);
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(BASE + "/console") + "(\\?continue)?$"));
    }

    private void providerLogin(ChromeDriver driver, String user) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(provider().issuer() + "/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-pw");
        WebElement submit = driver.findElement(By.cssSelector("button[type=submit]"));
        submit.click();
        Browsers.awaitGone(driver, submit, Duration.ofSeconds(30));
    }

    private ChromeDriver browser() {
        ChromeDriver driver = Browsers.chromium();
        browsers.add(driver);
        return driver;
    }
}
