package se.icld.gendernetwork.contracts.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.icld.gendernetwork.contracts.submission.Submissions.PARTNERSHIP_CALL;
import static se.icld.gendernetwork.contracts.submission.Submissions.PARTNERSHIP_RULES;
import static se.icld.gendernetwork.contracts.submission.Submissions.RULES;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Partnership;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Workshops;

/** The rules that depend on the call: its eligible countries and its question set (network or partnership). */
class PartnershipRulesTest {

    private static List<String> check(SubmissionRules rules, SubmissionContent content) {
        return rules.check(content.normalised()).stream().map(Violation::toString).toList();
    }

    private static List<String> partnership(Partnership partnership) {
        return check(PARTNERSHIP_RULES, Submissions.withPartnership(partnership));
    }

    @Test
    void mariasPartnershipApplicationIsValidForThePartnershipCallOnly() {
        assertThat(PARTNERSHIP_RULES.questions()).isEqualTo(Call.Questions.PARTNERSHIP);
        assertThat(PARTNERSHIP_RULES.check(Submissions.mariasPartnership())).isEmpty();
        assertThat(check(RULES, Submissions.mariasPartnership())).containsExactly("partnership:not-asked");
    }

    @Test
    void aPartnershipCallRequiresThePartnershipAnswers() {
        assertThat(check(PARTNERSHIP_RULES, Submissions.maria().normalised()))
                .contains("partnership:required");
        assertThat(partnership(null)).containsExactly("partnership:required");
    }

    @Test
    void theNetworkReferenceIsRequiredAndHasTheFormIntakeIssues() {
        assertThat(partnership(new Partnership(null, "Uppsala"))).containsExactly("partnership.networkReference:required");
        assertThat(partnership(new Partnership("  ", "Uppsala"))).containsExactly("partnership.networkReference:required");
        assertThat(partnership(new Partnership("GEN-7K3Q", "Uppsala"))).containsExactly("partnership.networkReference:reference");
        assertThat(partnership(new Partnership("7K3Q-9XDA", "Uppsala"))).containsExactly("partnership.networkReference:reference");
        assertThat(partnership(new Partnership("GEN-7K3Q-9XDA-1", "Uppsala"))).containsExactly("partnership.networkReference:reference");
        assertThat(partnership(new Partnership("GEN 7K3Q 9XDA", "Uppsala"))).containsExactly("partnership.networkReference:reference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GEN-7K3O-9XDA", "GEN-7K3I-9XDA", "GEN-7K3L-9XDA", "GEN-7K3U-9XDA", "GEN-7K3Q-9XD\u00c1"})
    void aReferenceHasNoLettersIntakeNeverIssues(String reference) {
        assertThat(SubmissionRules.isReference(reference)).isFalse();
        assertThat(partnership(new Partnership(reference, null))).containsExactly("partnership.networkReference:reference");
    }

    @Test
    void aReferenceTypedInSmallLettersOrWithSpacesAroundIsNormalisedToCapitals() {
        SubmissionContent typed = Submissions.withPartnership(new Partnership("  gen-7k3q-9xda\u00a0", "Uppsala"));

        assertThat(typed.normalised().partnership().networkReference()).isEqualTo("GEN-7K3Q-9XDA");
        assertThat(check(PARTNERSHIP_RULES, typed)).isEmpty();
        assertThat(PARTNERSHIP_RULES.check(typed).stream().map(Violation::toString))
                .as("as carried (review), small letters are not normalised").contains("partnership.networkReference:not-normalised");
    }

    @Test
    void theSwedishMunicipalityIsOptionalSingleLineAnd2To120Characters() {
        assertThat(partnership(new Partnership("GEN-7K3Q-9XDA", null))).as("no preference").isEmpty();
        assertThat(Submissions.withPartnership(new Partnership("GEN-7K3Q-9XDA", "   ")).normalised().partnership()
                .swedishMunicipality()).as("blank is no preference").isNull();
        assertThat(partnership(new Partnership("GEN-7K3Q-9XDA", "U"))).containsExactly("partnership.swedishMunicipality:length");
        assertThat(partnership(new Partnership("GEN-7K3Q-9XDA", "x".repeat(120)))).isEmpty();
        assertThat(partnership(new Partnership("GEN-7K3Q-9XDA", "x".repeat(121)))).containsExactly("partnership.swedishMunicipality:length");
        assertThat(partnership(new Partnership("GEN-7K3Q-9XDA", "Upp\nsala"))).containsExactly("partnership.swedishMunicipality:not-single-line");
        assertThat(partnership(new Partnership("GEN-7K3Q-9XDA", "Upp\u202esala"))).containsExactly("partnership.swedishMunicipality:not-single-line");
    }

    @Test
    void asCarriedABlankSwedishMunicipalityIsNotNormalised() {
        SubmissionContent blank = Submissions.withPartnership(new Partnership("GEN-7K3Q-9XDA", ""));
        SubmissionContent spaced = Submissions.withPartnership(new Partnership("GEN-7K3Q-9XDA", " Uppsala"));

        assertThat(PARTNERSHIP_RULES.check(blank)).extracting(Violation::toString)
                .containsExactly("partnership.swedishMunicipality:not-normalised");
        assertThat(PARTNERSHIP_RULES.check(spaced)).extracting(Violation::toString)
                .containsExactly("partnership.swedishMunicipality:not-normalised");
    }

    @Test
    void aPartnershipCallAsksForFocusAreasAndADescriptionOfTheFocus() {
        SubmissionContent p = Submissions.mariasPartnership();
        SubmissionContent noAreas = new SubmissionContent(p.applicant(), p.municipality(), p.motivation(), List.of(),
                p.workshops(), true, true, p.consent(), p.partnership());
        SubmissionContent shortFocus = new SubmissionContent(p.applicant(), p.municipality(), "Violencia de género.",
                p.focusAreas(), p.workshops(), true, true, p.consent(), p.partnership());

        assertThat(check(PARTNERSHIP_RULES, noAreas)).containsExactly("focusAreas:at-least-one");
        assertThat(check(PARTNERSHIP_RULES, shortFocus)).containsExactly("motivation:length");
    }

    @Test
    void aPartnershipCallDoesNotAskForWorkshops() {
        SubmissionContent p = Submissions.mariasPartnership();

        assertThat(check(PARTNERSHIP_RULES, Submissions.withWorkshops(p, new Workshops(true, false))))
                .containsExactly("workshops:not-asked");
        assertThat(check(PARTNERSHIP_RULES, Submissions.withWorkshops(p, new Workshops(false, true))))
                .containsExactly("workshops:not-asked");
        assertThat(check(PARTNERSHIP_RULES, Submissions.withWorkshops(p, null))).containsExactly("workshops:required");
        assertThat(check(RULES, Submissions.withWorkshops(Submissions.maria(), new Workshops(true, true)))).isEmpty();
    }

    @Test
    void theMentoringWishIsFreeEitherWay() {
        SubmissionContent p = Submissions.mariasPartnership();
        SubmissionContent noMentor = new SubmissionContent(p.applicant(), p.municipality(), p.motivation(), p.focusAreas(),
                p.workshops(), true, false, p.consent(), p.partnership());

        assertThat(check(PARTNERSHIP_RULES, noMentor)).isEmpty();
    }

    @Test
    void eligibleCountriesAreTheCallsOwn() {
        Map<String, String> text = Map.of("es", "C", "en", "C", "sv", "C");
        Call guatemalaOnly = new Call("guatemala-2026", text, text, Instant.parse("2026-01-01T00:00:00Z"), null,
                ZoneId.of("America/Guatemala"), Set.of("GT"));
        SubmissionRules rules = SubmissionRules.forCall(guatemalaOnly, Set.of("2024-01"));

        assertThat(rules.questions()).isEqualTo(Call.Questions.NETWORK);
        assertThat(check(rules, Submissions.maria())).isEmpty();
        assertThat(check(rules, Submissions.withMunicipality("Leticia", "Amazonas", "CO")))
                .containsExactly("municipality.country:country");
        assertThat(check(SubmissionRules.forCall(PARTNERSHIP_CALL, Set.of("2024-01")),
                Submissions.withPartnership(new Partnership("GEN-7K3Q-9XDA", null)))).isEmpty();
        assertThatThrownBy(() -> SubmissionRules.forCall(null, Set.of("2024-01"))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theNewCodesHaveTheirWords() {
        assertThat(new Violation("partnership.networkReference", Violation.Code.REFERENCE).messageKey())
                .isEqualTo("validation.reference");
        assertThat(new Violation("partnership", Violation.Code.NOT_ASKED).messageKey()).isEqualTo("validation.notAsked");
        Violation length = new Violation("partnership.swedishMunicipality", Violation.Code.LENGTH);
        assertThat(length.messageKey()).isEqualTo("validation.size");
        assertThat(length.messageArguments()).containsExactly("2", "120");
        assertThat(Violation.Code.NOT_ASKED.code()).isEqualTo("not-asked");
    }
}
