package se.icld.gendernetwork.review.status;

import java.util.List;
import java.util.Set;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.submission.SubmissionContent;
import se.icld.gendernetwork.contracts.submission.SubmissionRules;
import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Correction;

/**
 * Judges a correction by the submission rules intake applies to the form ({@link SubmissionRules},
 * one definition, those of the application's call): the application as it would be after the
 * correction is normalised and checked as a whole, and the broken rules of the corrected fields are
 * reported (the others were checked at registration). Plain Java: the normalised correction, or the violations, never a value.
 */
public final class CorrectionCheck {

    /** The outcome: {@code correction} normalised when {@code violations} is empty. */
    public record Result(Correction correction, List<Violation> violations) {
    }

    private final Calls calls;
    private final Set<String> noticeVersions;

    public CorrectionCheck(Calls calls, Set<String> noticeVersions) {
        this.calls = calls;
        this.noticeVersions = Set.copyOf(noticeVersions);
    }

    public Result check(Application application, Correction raw) {
        SubmissionRules rules = SubmissionRules.forCall(calls.find(application.callId()).orElse(calls.defaultCall()),
                noticeVersions);
        var a = application.applicant();
        var m = application.municipality();
        var i = application.interest();
        String phone = raw.phone() == null ? a.phone() : raw.phone();
        SubmissionContent corrected = new SubmissionContent(
                new InterestSubmitted.Applicant(value(raw.fullName(), a.fullName()), value(raw.email(), a.email()),
                        phone, value(raw.position(), a.position()), a.language()),
                new InterestSubmitted.Municipality(m.name(), m.region(), m.country()),
                value(raw.motivation(), application.motivation()),
                raw.focusAreas() == null ? i.focusAreas() : raw.focusAreas(),
                new InterestSubmitted.Workshops(i.localWorkshop(), i.swedenWorkshop()), i.partnership(), i.mentorship(),
                new InterestSubmitted.Consent(true, i.consentNoticeVersion()), partnershipOf(application)).normalised();
        List<Violation> violations = rules.check(corrected).stream().filter(v -> corrects(raw, v.field())).toList();
        var n = corrected.applicant();
        Correction normalised = new Correction(raw.fullName() == null ? null : n.fullName(),
                raw.email() == null ? null : n.email(),
                raw.phone() == null ? null : n.phone() == null ? Correction.NO_PHONE : n.phone(),
                raw.position() == null ? null : n.position(), raw.motivation() == null ? null : corrected.motivation(),
                raw.focusAreas() == null ? null : corrected.focusAreas());
        return new Result(normalised, violations);
    }

    /** Whether the violation's field (or a focus area's, {@code focusAreas[1]}) is one {@code raw} corrects. */
    private static boolean corrects(Correction raw, String field) {
        return switch (field.startsWith("focusAreas") ? "focusAreas" : field) {
            case "applicant.fullName" -> raw.fullName() != null;
            case "applicant.email" -> raw.email() != null;
            case "applicant.phone" -> raw.phone() != null;
            case "applicant.position" -> raw.position() != null;
            case "motivation" -> raw.motivation() != null;
            case "focusAreas" -> raw.focusAreas() != null;
            default -> false;
        };
    }

    private static InterestSubmitted.Partnership partnershipOf(Application application) {
        var p = application.partnership();
        return p == null ? null : new InterestSubmitted.Partnership(p.networkReference(), p.swedishMunicipality());
    }

    private static String value(String corrected, String current) {
        return corrected == null ? current : corrected;
    }
}
