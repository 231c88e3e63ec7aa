package se.icld.gendernetwork.intake;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Talks to the running service over HTTP, as applicants and operators do; and what they send. */
public abstract class IntakeHttp {

    protected static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    protected HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers) {
        return post(port, path, contentType, body, headers);
    }

    /** As {@link #post(String, String, String, Map)}, to the intake listening on {@code port}. */
    protected static HttpResponse<String> post(int port, String path, String contentType, String body,
            Map<String, String> headers) {
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

    protected HttpResponse<String> get(String path, Map<String, String> headers) {
        return get(port, path, headers);
    }

    /** As {@link #get(String, Map)}, on {@code port} (e.g. the management port). */
    protected HttpResponse<String> get(int port, String path) {
        return get(port, path, Map.of());
    }

    private HttpResponse<String> get(int port, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts the public form as a browser does (form-encoded, fields in order, repeated names allowed). */
    protected HttpResponse<String> postForm(List<Map.Entry<String, String>> fields, Map<String, String> headers) {
        String body = fields.stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post("/submit", "application/x-www-form-urlencoded", body, headers);
    }

    /** The idempotency key a page of the form carries. */
    public static String formKey(String page) {
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(page);
        if (!key.find()) {
            throw new AssertionError("no idempotency key on the page");
        }
        return key.group(1);
    }

    /** The public form filled in as María would, for the page carrying {@code key}. */
    public static List<Map.Entry<String, String>> validForm(String key, String lang) {
        return formFields("""
                idempotencyKey=%s
                lang=%s
                noticeVersion=2026-12
                fullName=María López
                position=Directora Municipal de la Mujer
                email=maria.lopez@example.org
                phone=+502 5555 1234
                preferredLanguage=%s
                country=GT
                municipalityName=Panajachel
                region=Sololá
                motivation=Queremos fortalecer la participación política de las mujeres en nuestro municipio.
                focusAreas=POLITICAL_PARTICIPATION
                focusAreas=GENDER_BASED_VIOLENCE
                workshopLocal=true
                workshopSweden=true
                partnershipInterest=true
                consent=true
                """.formatted(key, lang, lang));
    }

    /**
     * Form fields written one a line as {@code name=value}, in the order a browser sends them (a name
     * may repeat, a value may be empty or hold spaces and equals signs).
     */
    public static List<Map.Entry<String, String>> formFields(String lines) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        lines.lines().forEach(line -> {
            int equals = line.indexOf('=');
            fields.add(Map.entry(line.substring(0, equals), line.substring(equals + 1)));
        });
        return fields;
    }

    /** The first group of each match of {@code regex} in {@code text}, sorted. */
    public static Set<String> matches(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** {@code fields} with {@code name} set to {@code value} (or removed, for a null value). */
    public static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String name, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            if (!field.getKey().equals(name)) {
                changed.add(field);
            } else if (value != null) {
                changed.add(Map.entry(name, value));
                value = null;
            }
        }
        return changed;
    }

    protected HttpResponse<String> postJson(String body, Map<String, String> headers) {
        return post("/api/v1/submissions", "application/json", body, headers);
    }

    /** María's application to the partnership programme's call ({@code partnership-2025}), without workshops (not asked). */
    public static String validPartnershipSubmission() {
        return """
                {
                  "callId": "partnership-2025",
                  "applicant": {
                    "fullName": "María López", "email": "maria.lopez@example.org", "phone": "+502 5555 1234",
                    "position": "Directora Municipal de la Mujer", "preferredLanguage": "es"
                  },
                  "municipality": { "name": "Panajachel", "region": "Sololá", "country": "GT" },
                  "motivation": "Queremos trabajar con un municipio sueco en la prevención de la violencia de género.",
                  "focusAreas": ["GENDER_BASED_VIOLENCE"],
                  "partnership": { "networkReference": "GEN-7K3Q-9XDA", "swedishMunicipality": "Uppsala" },
                  "partnershipInterest": true,
                  "mentorshipInterest": true,
                  "consent": { "dataProcessing": true, "noticeVersion": "2026-12" }
                }
                """;
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
