package se.icld.gendernetwork.intake.submission;

import java.util.List;

import se.icld.gendernetwork.contracts.submission.FocusArea;

/** María's requests as the unit tests of {@link Submissions} send them. */
final class SubmissionRequests {

    /** María, who applies for Panajachel. */
    static final SubmissionRequest.Applicant MARIA =
            new SubmissionRequest.Applicant("María López", "maria.lopez@example.org", null, "Directora Municipal", "es");

    private SubmissionRequests() {
    }

    /** Panajachel, in Sololá, as if it were in {@code country}. */
    static SubmissionRequest.Municipality panajachel(String country) {
        return new SubmissionRequest.Municipality("Panajachel", "Sololá", country);
    }

    /**
     * María's application with the network's question set, consenting to the privacy notice
     * {@code noticeVersion}, to the call {@code callId} (null: the default call).
     */
    static SubmissionRequest networkApplication(String noticeVersion, String callId) {
        return new SubmissionRequest(MARIA, panajachel("GT"),
                "Queremos fortalecer la participación política de las mujeres en nuestro municipio.",
                List.of(FocusArea.POLITICAL_PARTICIPATION), new SubmissionRequest.Workshops(true, false), false, false,
                new SubmissionRequest.Consent(true, noticeVersion), callId);
    }
}
