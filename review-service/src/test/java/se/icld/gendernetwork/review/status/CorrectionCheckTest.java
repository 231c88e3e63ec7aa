package se.icld.gendernetwork.review.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.submission.Violation.Code;
import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Correction;
import se.icld.gendernetwork.review.application.Submissions;

/** Corrections are judged by the submission rules, as the form is: normalised first, only the corrected fields reported. */
class CorrectionCheckTest {

    private static final Map<String, String> TEXT = Map.of("es", "Convocatoria", "en", "Call", "sv", "Utlysning");

    private final CorrectionCheck check = new CorrectionCheck(new Calls(List.of(new Call("network-2024", TEXT, TEXT,
            Instant.EPOCH, null, ZoneId.of("America/Bogota"), Set.of("CO", "GT")))), Set.of("2024-01"));
    private final Application application = Application.register(Submissions.submission(UUID.randomUUID(), Instant.EPOCH), Instant.EPOCH);

    @Test
    void correctedValuesAreNormalisedAsOnTheForm() {
        CorrectionCheck.Result result = check.check(application,
                new Correction("  Ana\u00a0", " ana@example.org ", "   ", null, "Motivación\r\n".repeat(10), List.of(" URBAN_PLANNING ")));

        assertThat(result.violations()).isEmpty();
        assertThat(result.correction()).isEqualTo(new Correction("Ana", "ana@example.org", Correction.NO_PHONE, null,
                ("Motivación\n".repeat(10)).strip(), List.of("URBAN_PLANNING")));
    }

    @Test
    void brokenRulesOfTheCorrectedFieldsAreReportedWithTheirCodes() {
        CorrectionCheck.Result result = check.check(application,
                new Correction("A", "not-an-address", "call me", "Line\u0000break", "short", List.of()));

        assertThat(result.violations()).containsExactly(new Violation("applicant.fullName", Code.LENGTH),
                new Violation("applicant.email", Code.EMAIL), new Violation("applicant.phone", Code.PHONE),
                new Violation("applicant.position", Code.NOT_SINGLE_LINE), new Violation("motivation", Code.LENGTH),
                new Violation("focusAreas", Code.AT_LEAST_ONE));
    }

    @Test
    void fieldsLeftOutAreNotJudgedAgain() {
        Application outdated = Application.register(Submissions.submission(UUID.randomUUID(), Instant.EPOCH, "SE"), Instant.EPOCH);

        CorrectionCheck.Result result = check.check(outdated, new Correction(null, null, null, "Alcaldesa", null,
                List.of("URBAN_PLANNING", "URBAN_PLANNING")));

        assertThat(result.violations()).containsExactly(new Violation("focusAreas", Code.DUPLICATE));
    }
}
