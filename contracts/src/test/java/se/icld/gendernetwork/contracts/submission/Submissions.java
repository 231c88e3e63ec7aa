package se.icld.gendernetwork.contracts.submission;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.icld.gendernetwork.contracts.calls.Call;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Applicant;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Consent;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Municipality;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Partnership;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Workshops;

/** María's submission, valid, and ways to change one field of it. */
final class Submissions {

    static final SubmissionRules RULES = new SubmissionRules(Set.of("CO", "GT"), Set.of("2024-01"));

    private static final Map<String, String> TEXT = Map.of("es", "Convocatoria", "en", "Call", "sv", "Utlysning");

    /** The partnership programme's call: for municipalities of Colombia and Guatemala, members of the network. */
    static final Call PARTNERSHIP_CALL = new Call("partnership-2025", TEXT, TEXT, Instant.parse("2025-01-01T05:00:00Z"),
            null, ZoneId.of("America/Bogota"), Set.of("CO", "GT"), Call.Questions.PARTNERSHIP, List.of());

    /** The rules of {@link #PARTNERSHIP_CALL}. */
    static final SubmissionRules PARTNERSHIP_RULES = SubmissionRules.forCall(PARTNERSHIP_CALL, Set.of("2024-01"));

    static final String PARTNERSHIP_MOTIVATION =
            "Queremos trabajar con un municipio sueco en la prevención de la violencia de género y en presupuestos con enfoque de género.";

    static final String MOTIVATION = "Queremos fortalecer la participación política de las mujeres en nuestro municipio.";

    private Submissions() {
    }

    static SubmissionContent maria() {
        return new SubmissionContent(
                new Applicant("María López", "maria.lopez@example.org", "+502 5555 1234", "Directora Municipal de la Mujer", "es"),
                new Municipality("Panajachel", "Sololá", "GT"),
                MOTIVATION,
                List.of("POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE"),
                new Workshops(true, true), true, true,
                new Consent(true, "2024-01"));
    }

    static SubmissionContent withApplicant(String fullName, String email, String phone, String position, String language) {
        SubmissionContent m = maria();
        return new SubmissionContent(new Applicant(fullName, email, phone, position, language), m.municipality(),
                m.motivation(), m.focusAreas(), m.workshops(), m.partnershipInterest(), m.mentorshipInterest(), m.consent());
    }

    static SubmissionContent withFullName(String fullName) {
        return withApplicant(fullName, "maria.lopez@example.org", "+502 5555 1234", "Directora Municipal de la Mujer", "es");
    }

    static SubmissionContent withEmail(String email) {
        return withApplicant("María López", email, "+502 5555 1234", "Directora Municipal de la Mujer", "es");
    }

    static SubmissionContent withPhone(String phone) {
        return withApplicant("María López", "maria.lopez@example.org", phone, "Directora Municipal de la Mujer", "es");
    }

    static SubmissionContent withMunicipality(String name, String region, String country) {
        SubmissionContent m = maria();
        return new SubmissionContent(m.applicant(), new Municipality(name, region, country), m.motivation(),
                m.focusAreas(), m.workshops(), m.partnershipInterest(), m.mentorshipInterest(), m.consent());
    }

    static SubmissionContent withMotivation(String motivation) {
        SubmissionContent m = maria();
        return new SubmissionContent(m.applicant(), m.municipality(), motivation, m.focusAreas(), m.workshops(),
                m.partnershipInterest(), m.mentorshipInterest(), m.consent());
    }

    static SubmissionContent withFocusAreas(List<String> areas) {
        SubmissionContent m = maria();
        return new SubmissionContent(m.applicant(), m.municipality(), m.motivation(), areas, m.workshops(),
                m.partnershipInterest(), m.mentorshipInterest(), m.consent());
    }

    static SubmissionContent withConsent(Consent consent) {
        SubmissionContent m = maria();
        return new SubmissionContent(m.applicant(), m.municipality(), m.motivation(), m.focusAreas(), m.workshops(),
                m.partnershipInterest(), m.mentorshipInterest(), consent);
    }

    /** María's application to the partnership programme: her network application's reference, Uppsala wished, a mentor wished. */
    static SubmissionContent mariasPartnership() {
        return withPartnership(new Partnership("GEN-7K3Q-9XDA", "Uppsala"));
    }

    static SubmissionContent withPartnership(Partnership partnership) {
        SubmissionContent m = maria();
        return new SubmissionContent(m.applicant(), m.municipality(), PARTNERSHIP_MOTIVATION, List.of("GENDER_BASED_VIOLENCE"),
                new Workshops(false, false), true, true, m.consent(), partnership);
    }

    /** {@code content} with other workshops. */
    static SubmissionContent withWorkshops(SubmissionContent content, Workshops workshops) {
        return new SubmissionContent(content.applicant(), content.municipality(), content.motivation(), content.focusAreas(),
                workshops, content.partnershipInterest(), content.mentorshipInterest(), content.consent(),
                content.partnership());
    }
}
