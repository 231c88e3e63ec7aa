package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.icld.gendernetwork.intake.IntakeTestSupport;

/**
 * The form's pages over plain HTTP (no JavaScript): errors named at each field in each language,
 * the language switch that keeps what was typed, the confirmation, error pages, the accessibility
 * statement, headers.
 */
class FormPagesIntegrationTest extends IntakeTestSupport {

    /** An empty inline icon: the browser asks for no /favicon.ico (checked by hand in Chromium: without it, it does). */
    static final String ICON = "<link rel=\"icon\" href=\"data:,\">";

    static final Map<String, String> HTML = Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | Error: | Este campo es obligatorio. | Debe tener entre 2 y 120 caracteres. | Nombre completo
            en | Error: | This field is required.    | Must be between 2 and 120 characters. | Full name
            sv | Fel:   | Fältet är obligatoriskt.  | Måste vara mellan 2 och 120 tecken.   | Fullständigt namn
            """)
    void everyFieldErrorNamesTheProblemInThePagesLanguageAsTheSummaryDoes(String lang, String prefix, String required,
            String length, String nameLabel) {
        String key = formKey(get("/?call=network-2024&lang=" + lang, Map.of()).body());
        var fields = with(with(with(with(with(validForm(key, lang), "fullName", "M"), "position", ""),
                "municipalityName", ""), "region", " "), "email", "");

        HttpResponse<String> response = postForm(fields, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        String page = response.body();
        assertThat(page).doesNotContain("null");
        Map<String, String> expected = Map.of("fullName", length, "position", required, "email", required,
                "municipalityName", required, "region", required);
        String summary = single(page, "(<div class=\"error-summary\".*?</div>)");
        expected.forEach((field, message) -> {
            assertThat(single(page, "<p class=\"error\" id=\"" + field + "-error\">([^<]*)</p>"))
                    .as(field).isEqualTo(prefix + " " + message);
            assertThat(summary).as(field).containsPattern("href=\"#" + field + "-field\">[^<]*: " + Pattern.quote(message) + "<");
        });
        assertThat(summary).contains(nameLabel + ": " + length);
        // The summary takes the focus after a failed submit, without JavaScript.
        assertThat(single(page, "(<div class=\"error-summary\"[^>]*>)")).contains("tabindex=\"-1\"", "autofocus");
    }

    @Test
    void aLanguageButtonShowsTheSameFormInThatLanguageWithEverythingTypedAndNothingSent() {
        String key = formKey(get("/?call=network-2024", Map.of()).body());
        var fields = with(validForm(key, "es"), "motivation", "A medio escribir");
        fields.add(Map.entry("switchTo", "sv"));

        HttpResponse<String> response = post("/", "application/x-www-form-urlencoded", encode(fields), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        String page = response.body();
        assertThat(page).contains("<html lang=\"sv\"", "<title>Nätverket för jämställdhet: intresseanmälan</title>",
                "name=\"lang\" value=\"sv\"", "value=\"María López\"", ">A medio escribir</textarea>",
                "value=\"Panajachel\"").doesNotContain("error-summary", "Ansökan mottagen");
        assertThat(formKey(page)).isEqualTo(key);
        assertThat(single(page, "(<input[^>]*id=\"consent\"[^>]*>)")).contains("checked");
        // The buttons post the form: each names its language, the current one is marked.
        assertThat(single(page, "(<button[^>]*value=\"en\"[^>]*>)")).contains("form=\"application\"", "formaction=\"/\"",
                "formnovalidate", "name=\"switchTo\"", "lang=\"en\"");
        assertThat(single(page, "(<button[^>]*value=\"sv\"[^>]*>)")).contains("aria-current=\"page\"");
    }

    @Test
    void aVisitToThePostOnlyAddressLandsOnTheFormInItsLanguage() {
        HttpResponse<String> visit = get("/submit?lang=en", HTML);

        assertThat(visit.statusCode()).isEqualTo(302);
        assertThat(visit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/?lang=en"));
        assertThat(get("/submit", Map.of()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/?lang=es"));
    }

    @Test
    void theConfirmationNamesTheReceiptAddressAndShowsTheSecretStatusLinkAsText() {
        String key = formKey(get("/?call=network-2024&lang=en", Map.of()).body());
        String email = "page-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> response = postForm(with(validForm(key, "en"), "email", "  " + email), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        String page = response.body();
        assertThat(single(page, "id=\"receipt-address\">([^<]*)<")).isEqualTo(email);
        assertThat(page).contains("We will send a receipt to", "It is secret", "Keep it", ICON,
                "<meta name=\"description\" content=\"Confirmation");
        String link = single(page, "id=\"status-link\" href=\"([^\"]+)\"");
        assertThat(single(page, "<code id=\"status-url\">([^<]*)</code>")).isEqualTo(link.replace("&amp;", "&"))
                .startsWith("http://review.test/status/");
        assertThat(page).contains("href=\"/accessibility?lang=en\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /no-such-page         | sv           | 404 | sv | Sidan finns inte
            /no-such-page?lang=en | sv           | 404 | en | Page not found
            /no-such-page         | fr, de;q=0.5 | 404 | es | Página no encontrada
            /css/nothing.css      | en-GB        | 404 | en | Page not found
            """)
    void anUnknownAddressGetsAnHtmlPageInTheVisitorsLanguage(String path, String acceptLanguage, int status,
            String lang, String title) {
        HttpResponse<String> response = get(path, Map.of("Accept", HTML.get("Accept"), "Accept-Language", acceptLanguage));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(PageSecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.body()).contains("<html lang=\"" + lang + "\"", "<title>" + title + "</title>",
                "href=\"/?lang=" + lang + "\"", "<meta name=\"description\"", ICON);
    }

    @Test
    void aWrongMethodOnAPageGetsAnHtmlPageAndTheApiKeepsItsProblems() {
        HttpResponse<String> wrongMethod = send("DELETE", "/", Map.of("Accept", HTML.get("Accept"), "Accept-Language", "en"));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();
        assertThat(wrongMethod.body()).contains("<html lang=\"en\"", "This address only takes the form");

        HttpResponse<String> api = get("/api/v1/no-such", HTML);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> json = get("/no-such-page", Map.of("Accept", "application/json"));
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> notAForm = post("/submit", "application/json", "{}", Map.of("Accept", HTML.get("Accept")));
        assertThat(notAForm.statusCode()).isEqualTo(415);
        assertThat(notAForm.body()).contains("<html lang=\"es\"", "<title>No pudimos atender esta petición</title>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | Declaración de accesibilidad | WCAG) 2.1, nivel AA
            en | Accessibility statement      | WCAG) 2.1 at level AA
            sv | Tillgänglighetsredogörelse   | WCAG) 2.1 på nivå AA
            """)
    void theAccessibilityStatementIsLinkedFromTheFormInEachLanguage(String lang, String title, String level) {
        String form = get("/?call=network-2024&lang=" + lang, Map.of()).body();
        assertThat(form).contains("<footer>", "href=\"/accessibility?lang=" + lang + "\">" + title + "</a>");

        HttpResponse<String> statement = get("/accessibility?lang=" + lang, Map.of());

        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(statement.body()).contains("<html lang=\"" + lang + "\"", "<title>" + title + "</title>",
                "<h1>" + title + "</h1>", level, "href=\"mailto:", "<meta name=\"description\"", ICON);
        assertThat(form).contains(ICON);
        assertThat(statement.headers().firstValue("Content-Security-Policy")).hasValue(PageSecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | Aviso de privacidad   | artículo 6, apartado 1, letra a, del RGPD | 24 meses después de la decisión | 14 días  | el municipio sueco con el que quisiera aliarse
            en | Privacy notice        | Article 6(1)(a) GDPR                      | 24 months after the decision    | 14 days  | the Swedish municipality you would like to partner with
            sv | Integritetsmeddelande | artikel 6.1 a i GDPR                      | 24 månader efter beslutet       | 14 dagar | den svenska kommun du vill samarbeta med
            """)
    void thePrivacyNoticeIsLinkedNextToTheConsentAndFromEveryPageAndNamesItsVersion(String lang, String title,
            String basis, String retention, String topics, String partnership) {
        String form = get("/?call=network-2024&lang=" + lang, Map.of()).body();
        String consent = single(form, "(<fieldset id=\"consent-field\".*?</fieldset>)");
        assertThat(consent).contains("id=\"privacy-notice-link\" href=\"/privacy?lang=" + lang + "\"", "target=\"_blank\"",
                "rel=\"noopener\"");
        assertThat(form).contains("<footer>", "href=\"/privacy?lang=" + lang + "\">" + title + "</a>");

        HttpResponse<String> notice = get("/privacy?lang=" + lang, Map.of());

        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(notice.body()).contains("<html lang=\"" + lang + "\"", "<title>" + title + "</title>",
                "<h1>" + title + "</h1>", "2026-12", basis, "Integritetsskyddsmyndigheten (IMY)", retention, topics,
                "href=\"mailto:privacidad@gender-network.local\"", "<meta name=\"description\"", ICON, "<footer>");
        // The partnership programme's own data (the reference, the Swedish municipality wished) is named too.
        assertThat(single(notice.body(), "(<p id=\"privacy-partnership\">.*?</p>)")).contains(partnership);
        assertThat(notice.headers().firstValue("Content-Security-Policy")).hasValue(PageSecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(notice.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void aFormShownUnderAnotherNoticeIsRefusedAndShownAgainWithTheCurrentOneAndTheConsentToGiveAnew() {
        String key = formKey(get("/?call=network-2024&lang=en", Map.of()).body());

        HttpResponse<String> response = postForm(with(validForm(key, "en"), "noticeVersion", "2023-07"), Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        String page = response.body();
        assertThat(page).contains("The privacy notice has changed since this page was shown",
                "name=\"noticeVersion\" value=\"2026-12\"");
        assertThat(single(page, "(<input type=\"checkbox\" id=\"consent\"[^>]*>)")).doesNotContain("checked");
    }

    @Test
    void thePagesKeepAStrictPolicyThatAllowsOnlyThisOriginsScript() {
        String policy = get("/?call=network-2024", Map.of()).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self'").doesNotContain("unsafe", "connect-src");
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(f -> java.net.URLEncoder.encode(f.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(f.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    private static String single(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }
}
