package se.icld.gendernetwork.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.icld.gendernetwork.testsupport.TestServers;

/** The one Spring context of intake's integration tests: the whole service on a real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "network.status.secret=test-status-secret-of-enough-length",
        "network.status.base-url=http://review.test",
        "intake.rate-limit-per-minute=1000"})
public abstract class IntakeTestSupport {

    protected static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.register(registry, "intake");
    }

    protected HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> postJson(String body, Map<String, String> headers) {
        return post("/api/v1/submissions", "application/json", body, headers);
    }

    public static String validSubmission() {
        return """
                {
                  "applicant": {
                    "fullName": "María López", "email": "maria.lopez@example.org", "phone": "+502 5555 1234",
                    "position": "Directora Municipal de la Mujer", "preferredLanguage": "es"
                  },
                  "municipality": { "name": "Panajachel", "region": "Sololá", "country": "GT" },
                  "motivation": "Queremos fortalecer la participación política de las mujeres en nuestro municipio.",
                  "focusAreas": ["POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE"],
                  "workshops": { "local": true, "sweden": true },
                  "partnershipInterest": true,
                  "mentorshipInterest": true,
                  "consent": { "dataProcessing": true, "noticeVersion": "2024-01" }
                }
                """;
    }
}
