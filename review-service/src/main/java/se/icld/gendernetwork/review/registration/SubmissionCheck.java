package se.icld.gendernetwork.review.registration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;

/**
 * Re-validates a submission event: the topic is untrusted input, whoever wrote it. The same rules
 * as intake's form (DESIGN.md); a failure lists the offending fields, never their values.
 */
final class SubmissionCheck {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern REFERENCE = Pattern.compile("GEN-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final Set<String> LANGUAGES = Set.of("es", "en", "sv");
    private static final Set<String> FOCUS_AREAS = Set.of("POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE",
            "ECONOMIC_EMPOWERMENT", "EDUCATION_AND_HEALTH", "URBAN_PLANNING");

    private SubmissionCheck() {
    }

    static void check(InterestSubmitted s, Set<String> eligibleCountries) {
        List<String> bad = new ArrayList<>();
        if (s == null) {
            throw new InvalidSubmissionException("empty submission");
        }
        if (s.submissionId() == null) {
            bad.add("submissionId");
        }
        if (s.occurredAt() == null) {
            bad.add("occurredAt");
        }
        if (s.reference() == null || !REFERENCE.matcher(s.reference()).matches()) {
            bad.add("reference");
        }
        var a = s.applicant();
        if (a == null) {
            bad.add("applicant");
        } else {
            line(bad, "applicant.fullName", a.fullName(), 2, 120);
            line(bad, "applicant.email", a.email(), 3, 254);
            if (a.email() != null && !EMAIL.matcher(a.email()).matches()) {
                bad.add("applicant.email");
            }
            if (a.phone() != null) {
                line(bad, "applicant.phone", a.phone(), 0, 32);
            }
            line(bad, "applicant.position", a.position(), 2, 120);
            if (!LANGUAGES.contains(a.preferredLanguage())) {
                bad.add("applicant.preferredLanguage");
            }
        }
        var m = s.municipality();
        if (m == null) {
            bad.add("municipality");
        } else {
            line(bad, "municipality.name", m.name(), 2, 120);
            line(bad, "municipality.region", m.region(), 2, 120);
            if (!eligibleCountries.contains(m.country())) {
                bad.add("municipality.country");
            }
        }
        if (s.motivation() == null || s.motivation().strip().length() < 50 || s.motivation().length() > 4000) {
            bad.add("motivation");
        }
        if (s.focusAreas() == null || s.focusAreas().isEmpty() || !FOCUS_AREAS.containsAll(s.focusAreas())
                || new HashSet<>(s.focusAreas()).size() != s.focusAreas().size()) {
            bad.add("focusAreas");
        }
        if (s.workshops() == null) {
            bad.add("workshops");
        }
        if (s.consent() == null || !s.consent().dataProcessing()) {
            bad.add("consent");
        }
        if (!bad.isEmpty()) {
            throw new InvalidSubmissionException("invalid fields: " + String.join(", ", bad));
        }
    }

    private static void line(List<String> bad, String field, String value, int min, int max) {
        if (value == null || value.isBlank() || value.length() < min || value.length() > max
                || CONTROL.matcher(value).find()) {
            bad.add(field);
        }
    }
}
