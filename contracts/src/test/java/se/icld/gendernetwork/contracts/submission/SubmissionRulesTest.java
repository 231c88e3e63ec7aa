package se.icld.gendernetwork.contracts.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static se.icld.gendernetwork.contracts.submission.Submissions.RULES;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Consent;
import se.icld.gendernetwork.contracts.submission.Violation.Code;

/** One test per rule, on normalised values as intake publishes and review registers them. */
class SubmissionRulesTest {

    private static List<String> check(SubmissionContent content) {
        return RULES.check(content.normalised()).stream().map(Violation::toString).toList();
    }

    @Test
    void mariasSubmissionIsValidAndAlreadyNormalised() {
        assertThat(RULES.check(Submissions.maria())).isEmpty();
        assertThat(Submissions.maria().normalised()).isEqualTo(Submissions.maria());
    }

    @Test
    void namesAre2To120CharactersAfterTrimming() {
        assertThat(check(Submissions.withFullName("A "))).containsExactly("applicant.fullName:length");
        assertThat(check(Submissions.withFullName("  Al  "))).isEmpty();
        assertThat(check(Submissions.withFullName("x".repeat(120)))).isEmpty();
        assertThat(check(Submissions.withFullName(" " + "x".repeat(120) + " "))).isEmpty();
        assertThat(check(Submissions.withFullName("x".repeat(121)))).containsExactly("applicant.fullName:length");
        assertThat(check(Submissions.withFullName("   "))).containsExactly("applicant.fullName:required");
        assertThat(check(Submissions.withFullName(null))).containsExactly("applicant.fullName:required");
        assertThat(check(Submissions.withMunicipality("P", "S", "GT")))
                .containsExactly("municipality.name:length", "municipality.region:length");
    }

    @Test
    void lengthsCountCodePointsInNfc() {
        // "é" as e + combining acute is one character once composed; an emoji is one character.
        assertThat(check(Submissions.withFullName("e\u0301".repeat(120)))).isEmpty();
        assertThat(check(Submissions.withFullName("e\u0301".repeat(121)))).containsExactly("applicant.fullName:length");
        assertThat(Submissions.withFullName("Jose\u0301").normalised().applicant().fullName()).isEqualTo("Jos\u00e9");
        assertThat(check(Submissions.withFullName("\uD83C\uDF3B".repeat(120)))).isEmpty();
        assertThat(check(Submissions.withFullName("\uD83C\uDF3B"))).containsExactly("applicant.fullName:length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\t", "\u0000", "\u0085", "\u001b", "\u202a", "\u202e", "\u2066", "\u2069",
            "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2028", "\u2029", "\ud800"})
    void singleLineFieldsRefuseEveryControlFormatAndLineOrParagraphSeparator(String character) {
        String name = "María" + character + "López";

        assertThat(check(Submissions.withFullName(name))).containsExactly("applicant.fullName:not-single-line");
        assertThat(check(Submissions.withMunicipality(name, name, "GT")))
                .containsExactly("municipality.name:not-single-line", "municipality.region:not-single-line");
        assertThat(check(Submissions.withEmail("maria" + character + "@example.org")))
                .containsExactly("applicant.email:not-single-line");
    }

    @Test
    void innerSpacesOfAnyKindAreKeptButSurroundingOnesTrimmed() {
        assertThat(check(Submissions.withFullName("María\u00a0López"))).isEmpty();
        assertThat(Submissions.withFullName("\u00a0\u2003María López\u202f").normalised().applicant().fullName())
                .isEqualTo("María López");
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria.lopez@example.org", "o'brien+call@alcaldia.gov.co", "a@b.co", "x_y-z@sub-1.example.museum"})
    void emailsOfTheOneFormAreAccepted(String email) {
        assertThat(check(Submissions.withEmail(email))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@alcaldia", "\"quoted\"@example.org", "not-an-email", "@example.org", "ana@",
            "ana..b@example.org", ".ana@example.org", "ana.@example.org", "ana@-x.org", "ana@x-.org", "ana@x..org",
            "ana@example.c", "ana@example.123", "ana@[192.0.2.1]", "ana lopez@example.org", "maría@example.org",
            "ana@alcaldía.gov.co", "a@b@example.org", "ana(comment)@example.org"})
    void anyOtherEmailIsRefused(String email) {
        assertThat(check(Submissions.withEmail(email))).containsExactly("applicant.email:email");
    }

    @Test
    void emailsAreAtMost254WithALocalPartOfAtMost64() {
        String domain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(57) + ".org";
        String longest = "a".repeat(64) + "@" + domain;
        assertThat(longest).hasSize(254);

        assertThat(check(Submissions.withEmail(longest))).isEmpty();
        assertThat(check(Submissions.withEmail(longest.replace("@d", "@dd")))).containsExactly("applicant.email:length");
        assertThat(check(Submissions.withEmail("a".repeat(65) + "@example.org"))).containsExactly("applicant.email:email");
        assertThat(check(Submissions.withEmail("a@" + "d".repeat(64) + ".org"))).containsExactly("applicant.email:email");
    }

    @Test
    void thePhoneIsOptionalAtMost32DigitsSpacesAndPunctuation() {
        assertThat(check(Submissions.withPhone(null))).isEmpty();
        assertThat(check(Submissions.withPhone("   "))).isEmpty();
        assertThat(Submissions.withPhone("   ").normalised().applicant().phone()).isNull();
        assertThat(check(Submissions.withPhone("+57 (1) 555-12.34"))).isEmpty();
        assertThat(check(Submissions.withPhone("1".repeat(32)))).isEmpty();
        assertThat(check(Submissions.withPhone("1".repeat(33)))).containsExactly("applicant.phone:length");
        assertThat(check(Submissions.withPhone("call me"))).containsExactly("applicant.phone:phone");
        assertThat(check(Submissions.withPhone("555\u202e1234"))).containsExactly("applicant.phone:not-single-line");
    }

    @Test
    void theLanguageIsSpanishEnglishOrSwedishSpanishByDefault() {
        SubmissionContent none = Submissions.withApplicant("María López", "maria.lopez@example.org", null, "Alcaldesa", null);
        assertThat(none.normalised().applicant().preferredLanguage()).isEqualTo("es");
        assertThat(check(none)).isEmpty();
        assertThat(check(Submissions.withApplicant("María López", "m@example.org", null, "Alcaldesa", "sv"))).isEmpty();
        assertThat(check(Submissions.withApplicant("María López", "m@example.org", null, "Alcaldesa", "fr")))
                .containsExactly("applicant.preferredLanguage:language");
        assertThat(check(Submissions.withApplicant("María López", "m@example.org", null, "Alcaldesa", "ES")))
                .containsExactly("applicant.preferredLanguage:language");
    }

    @Test
    void onlyTheServicesEligibleCountries() {
        assertThat(check(Submissions.withMunicipality("Florida", "Valle del Cauca", "CO"))).isEmpty();
        assertThat(check(Submissions.withMunicipality("Umeå", "Västerbotten", "SE"))).containsExactly("municipality.country:country");
        assertThat(check(Submissions.withMunicipality("Umeå", "Västerbotten", " "))).containsExactly("municipality.country:required");
        assertThat(new SubmissionRules(Set.of("SE"), Set.of("2024-01"))
                .check(Submissions.withMunicipality("Umeå", "Västerbotten", "SE"))).isEmpty();
    }

    @Test
    void theMotivationIs50To4000CharactersAfterTrimming() {
        String fortyTwo = "x".repeat(42);
        assertThat(check(Submissions.withMotivation(fortyTwo + "        "))).containsExactly("motivation:length");
        assertThat(check(Submissions.withMotivation("   " + "x".repeat(50) + "\n\n "))).isEmpty();
        assertThat(check(Submissions.withMotivation("x".repeat(49)))).containsExactly("motivation:length");
        assertThat(check(Submissions.withMotivation("x".repeat(4000)))).isEmpty();
        assertThat(check(Submissions.withMotivation("x".repeat(4001)))).containsExactly("motivation:length");
        assertThat(check(Submissions.withMotivation(null))).containsExactly("motivation:required");
    }

    @Test
    void theMotivationKeepsLineFeedsAndTabsWithCrLfAsLf() {
        String typed = "Primera línea de nuestra motivación,\r\n\tsegunda línea\rtercera línea del texto largo.";
        SubmissionContent normalised = Submissions.withMotivation(typed).normalised();

        assertThat(normalised.motivation()).isEqualTo(
                "Primera línea de nuestra motivación,\n\tsegunda línea\ntercera línea del texto largo.");
        assertThat(RULES.check(normalised)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0085", "\u000b", "\u000c", "\u001b", "\u202e", "\u2066", "\u200b", "\ufeff",
            "\u2028", "\u2029", "\udc00"})
    void theMotivationRefusesEveryOtherControlFormatOrSeparatorCharacter(String character) {
        assertThat(check(Submissions.withMotivation(Submissions.MOTIVATION + character + Submissions.MOTIVATION)))
                .containsExactly("motivation:forbidden-character");
    }

    @Test
    void atLeastOneFocusAreaEachKnownNoneTwice() {
        assertThat(check(Submissions.withFocusAreas(List.of()))).containsExactly("focusAreas:at-least-one");
        assertThat(check(Submissions.withFocusAreas(null))).containsExactly("focusAreas:at-least-one");
        assertThat(check(Submissions.withFocusAreas(List.of("URBAN_PLANNING", "URBAN_PLANNING"))))
                .containsExactly("focusAreas:duplicate");
        assertThat(check(Submissions.withFocusAreas(List.of("URBAN_PLANNING", "KNITTING"))))
                .containsExactly("focusAreas[1]:unknown-value");
        assertThat(check(Submissions.withFocusAreas(Arrays.asList("URBAN_PLANNING", null))))
                .containsExactly("focusAreas[1]:required");
    }

    @Test
    void consentIsGivenToANoticeVersionTheServicePublishes() {
        assertThat(check(Submissions.withConsent(new Consent(false, "2024-01"))))
                .containsExactly("consent.dataProcessing:consent-required");
        assertThat(check(Submissions.withConsent(null))).containsExactly("consent:consent-required");
        assertThat(check(Submissions.withConsent(new Consent(true, "1999-99"))))
                .containsExactly("consent.noticeVersion:unknown-notice-version");
        assertThat(check(Submissions.withConsent(new Consent(true, "whatever I like"))))
                .containsExactly("consent.noticeVersion:unknown-notice-version");
        assertThat(check(Submissions.withConsent(new Consent(true, null)))).containsExactly("consent.noticeVersion:required");
        assertThat(new SubmissionRules(Set.of("GT"), Set.of("2024-01", "2025-06"))
                .check(Submissions.withConsent(new Consent(true, "2025-06")))).isEmpty();
    }

    @Test
    void valuesThatAreNotNormalisedAreRefusedAsCarried() {
        List<String> asCarried = RULES.check(Submissions.withFullName(" María López")).stream()
                .map(Violation::toString).toList();

        assertThat(asCarried).containsExactly("applicant.fullName:not-normalised");
        assertThat(RULES.check(Submissions.withMotivation(Submissions.MOTIVATION + "\r\n" + Submissions.MOTIVATION)))
                .extracting(Violation::code).containsExactly(Code.NOT_NORMALISED);
        assertThat(RULES.check(Submissions.withFullName("Mari\u0301a"))).extracting(Violation::code)
                .containsExactly(Code.NOT_NORMALISED);
    }

    @Test
    void codesReadAsText() {
        assertThat(Code.NOT_SINGLE_LINE.code()).isEqualTo("not-single-line");
        assertThat(Code.UNKNOWN_NOTICE_VERSION.code()).isEqualTo("unknown-notice-version");
    }
}
