package se.icld.gendernetwork.contracts.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Consent;

/** The content hash fingerprints the normalised values, and only them. */
class SubmissionContentTest {

    @Test
    void theHashIs64HexDigitsAndTheSameForTheSameValues() {
        assertThat(Submissions.maria().contentHash()).matches("[0-9a-f]{64}").isEqualTo(Submissions.maria().contentHash());
    }

    /** The canonical text never changes: the hashes intake and review already keep must stay what they were. */
    @Test
    void theHashOfKnownValuesStaysWhatItWas() {
        assertThat(Submissions.maria().contentHash())
                .isEqualTo("354a98fd3ecc02efd85fd9c7b42467b4630e9a1b7127d960cc604c05136fd679");
        assertThat(Submissions.withPhone(null).contentHash())
                .isEqualTo("ba8e41551e14841e0a593d684490ad6aa7bd720641c6b0b17c91c4d7cc50f712");
        assertThat(Submissions.mariasPartnership().contentHash())
                .isEqualTo("a88a6448e86ad080682e3270b05f802eab11cf1e75fc42a29ac179bfae9a6484");
        assertThat(new SubmissionContent(null, null, null, null, null, false, false, null).contentHash())
                .isEqualTo("12d50d0d628cef631945acf9382c0166c20228b1598d6bafc1d9e9cacc79fd06");
        assertThat(Submissions.maria().contentHash("partnership-2025"))
                .isEqualTo("af5602d3356515bcdf1fb7794d6e907b6d6f36d8c5b1ae06e5bbb26c41407622");
    }

    @Test
    void valuesThatNormaliseAlikeHashAlike() {
        assertThat(Submissions.withFullName("  María López ").normalised().contentHash())
                .isEqualTo(Submissions.maria().contentHash());
        assertThat(Submissions.withFullName("Mari\u0301a López").normalised().contentHash())
                .isEqualTo(Submissions.maria().contentHash());
    }

    @Test
    void everyFieldCounts() {
        SubmissionContent m = Submissions.maria();
        List<SubmissionContent> others = List.of(
                Submissions.withFullName("María Lopez"),
                Submissions.withEmail("maria.lopez@example.com"),
                Submissions.withPhone(null),
                Submissions.withPhone(""),
                Submissions.withMunicipality("Panajachel", "Sololá", "CO"),
                Submissions.withMotivation(Submissions.MOTIVATION + "!"),
                Submissions.withFocusAreas(List.of("GENDER_BASED_VIOLENCE", "POLITICAL_PARTICIPATION")),
                Submissions.withConsent(new Consent(false, "2024-01")),
                new SubmissionContent(m.applicant(), m.municipality(), m.motivation(), m.focusAreas(),
                        new InterestSubmitted.Workshops(true, false), true, true, m.consent()),
                new SubmissionContent(m.applicant(), m.municipality(), m.motivation(), m.focusAreas(), m.workshops(),
                        false, true, m.consent()),
                new SubmissionContent(m.applicant(), m.municipality(), m.motivation(), m.focusAreas(), m.workshops(),
                        true, false, m.consent()),
                new SubmissionContent(m.applicant(), m.municipality(), m.motivation(), m.focusAreas(), m.workshops(),
                        true, true, m.consent(), new InterestSubmitted.Partnership("GEN-7K3Q-9XDA", null)),
                new SubmissionContent(m.applicant(), m.municipality(), m.motivation(), m.focusAreas(), m.workshops(),
                        true, true, m.consent(), new InterestSubmitted.Partnership("GEN-7K3Q-9XDA", "Uppsala")),
                // Shifting text between neighbouring fields makes another canonical text.
                Submissions.withMunicipality("Panajachel Sololá", "", "GT"));

        assertThat(others).extracting(SubmissionContent::contentHash).doesNotContain(m.contentHash()).doesNotHaveDuplicates();
    }

    @Test
    void theEventCarriesTheValuesAndReadsBackToThem() {
        SubmissionContent m = Submissions.maria();
        UUID id = UUID.randomUUID();

        InterestSubmitted event = m.toEvent(UUID.randomUUID(), Instant.now(), id, "GEN-7K3Q-9XDA", m.contentHash());

        assertThat(event.submissionId()).isEqualTo(id);
        assertThat(event.contentHash()).isEqualTo(m.contentHash());
        assertThat(SubmissionContent.of(event)).isEqualTo(m);
    }
}
