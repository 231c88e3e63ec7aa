package se.icld.gendernetwork.intake.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.intake.IntakeTestSupport;

/**
 * The start page and the partnership programme's form on the whole service: with several calls open,
 * {@code GET /} lets the applicant choose one; {@code ?call=partnership-2025} asks the partnership's
 * questions (the reference pre-filled from {@code &reference=}), not the workshops, and checks them.
 */
class PartnershipFormIntegrationTest extends IntakeTestSupport {

    @Test
    void withSeveralCallsOpenTheStartPageListsThemToChooseFrom() {
        HttpResponse<String> start = get("/?lang=en", Map.of());

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.headers().firstValue("Content-Security-Policy")).hasValue(PageSecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(start.body()).contains("<title>Open calls</title>", "Title network-2024 en", "Introduction network-2024 en",
                "Title partnership-2025 en", "Introduction partnership-2025 en", "Open until further notice.",
                "href=\"/?call=partnership-2025&amp;lang=en\"", "Apply: Title partnership-2025 en",
                "href=\"/?call=network-2024&amp;lang=en\"", "id=\"apply-closing-call\"")
                .doesNotContain("id=\"application\"", "closed-call", "future-call");
        assertThat(start.body()).containsPattern("Closes on \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d \\(Colombia Time\\)");
        assertThat(get("/?lang=sv", Map.of()).body()).contains("<html lang=\"sv\"", "Öppna utlysningar", "Ansök: Title network-2024 sv");
    }

    @Test
    void thePartnershipFormAsksItsQuestionsWithTheReferenceFromTheLink() {
        String page = get("/?call=partnership-2025&reference=GEN-7K3Q-9XDA&lang=en", Map.of()).body();

        assertThat(page).contains("<title>Municipal partnership programme: application</title>",
                "id=\"networkReference\"", "value=\"GEN-7K3Q-9XDA\"", "id=\"swedishChoice-none\"", "id=\"swedishChoice-named\"",
                "id=\"swedishMunicipality\"", "id=\"mentoring-yes\"", "id=\"mentoring-no\"", "What would the partnership work on?",
                "name=\"callId\" value=\"partnership-2025\"", "data-draft=\"intake-form-draft-partnership-2025\"")
                .doesNotContain("id=\"workshopLocal\"", "id=\"partnershipInterest\"", "id=\"mentorshipInterest\"");
        assertThat(page).as("the call's countries only").contains("<option value=\"GT\"").doesNotContain("<option value=\"CO\"");
        Set<String> labelled = matches(page, "<label for=\"([^\"]+)\"");
        Set<String> inputs = matches(page, "<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]* id=\"([^\"]+)\"");
        assertThat(inputs).as("a label for every input").contains("networkReference", "swedishChoice-none", "mentoring-yes")
                .isSubsetOf(labelled);
        assertThat(get("/?call=network-2024&reference=GEN-7K3Q-9XDA", Map.of()).body())
                .doesNotContain("id=\"networkReference\"", "GEN-7K3Q-9XDA");
    }

    @Test
    void theFormsOwnChoicesAreRequiredAndTheReferenceChecked() {
        String key = formKey(get("/?call=partnership-2025", Map.of()).body());
        List<Map.Entry<String, String>> fields = partnershipForm(key);
        fields = with(fields, "networkReference", "GEN-12");
        fields = with(fields, "swedishChoice", null);
        fields = with(fields, "mentoring", null);

        HttpResponse<String> response = postForm(fields, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("href=\"#networkReference-field\"", "href=\"#swedishChoice-field\"",
                "href=\"#mentoring-field\"", "Escriba la referencia como aparece en el correo",
                "id=\"networkReference-error\"", "id=\"swedishChoice-error\"", "id=\"mentoring-error\"")
                .contains("value=\"GEN-12\"");
        HttpResponse<String> named = postForm(with(with(partnershipForm(key), "swedishChoice", "named"),
                "swedishMunicipality", " "), Map.of());
        assertThat(named.statusCode()).isEqualTo(400);
        assertThat(named.body()).contains("href=\"#swedishMunicipality-field\"");
    }

    @Test
    void aPartnershipFormSentIsReceivedWithAReference() {
        String key = formKey(get("/?call=partnership-2025&reference=GEN-7K3Q-9XDA", Map.of()).body());

        HttpResponse<String> response = postForm(partnershipForm(key), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"reference\"").containsPattern("GEN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    }

    private static List<Map.Entry<String, String>> partnershipForm(String key) {
        return formFields("""
                idempotencyKey=%s
                lang=es
                noticeVersion=2026-12
                callId=partnership-2025
                fullName=María López %s
                position=Directora Municipal de la Mujer
                email=maria.lopez@example.org
                preferredLanguage=es
                country=GT
                municipalityName=Panajachel
                region=Sololá
                networkReference=GEN-7K3Q-9XDA
                swedishChoice=none
                swedishMunicipality=
                motivation=Queremos trabajar con un municipio sueco en la prevención de la violencia de género.
                focusAreas=GENDER_BASED_VIOLENCE
                mentoring=yes
                consent=true
                """.formatted(key, UUID.randomUUID()));
    }
}
