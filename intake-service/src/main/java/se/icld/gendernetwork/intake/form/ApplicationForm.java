package se.icld.gendernetwork.intake.form;

import java.util.ArrayList;
import java.util.List;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.submission.FocusArea;
import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.intake.submission.SubmissionRequest;
import se.icld.gendernetwork.intake.submission.SubmissionRequest.Applicant;
import se.icld.gendernetwork.intake.submission.SubmissionRequest.Consent;
import se.icld.gendernetwork.intake.submission.SubmissionRequest.Municipality;
import se.icld.gendernetwork.intake.submission.SubmissionRequest.Partnership;
import se.icld.gendernetwork.intake.submission.SubmissionRequest.Workshops;

/**
 * The form as posted (flat, form-encoded), kept as typed so that a page shown again shows exactly
 * that. It is checked only as the {@link SubmissionRequest} it maps to, by the same rules as the
 * API. The partnership programme's form ({@link Call.Questions#PARTNERSHIP}) asks, instead of the
 * workshops and interests, for the reference of the accepted network application, the Swedish
 * municipality wished (or, explicitly, none) and the mentoring wish (yes or no, explicitly).
 */
public class ApplicationForm {

    /** {@link #swedishChoice}: no preference. */
    static final String NO_PREFERENCE = "none";
    /** {@link #swedishChoice}: the municipality named in {@link #swedishMunicipality}. */
    static final String NAMED = "named";

    private String idempotencyKey;
    private String lang;
    private String fullName;
    private String email;
    private String phone;
    private String position;
    private String preferredLanguage;
    private String municipalityName;
    private String region;
    private String country;
    private String motivation;
    private List<String> focusAreas = new ArrayList<>();
    private boolean workshopLocal;
    private boolean workshopSweden;
    private boolean partnershipInterest;
    private boolean mentorshipInterest;
    private boolean consent;
    /** The version of the privacy notice the page showed ({@code intake.privacy-notice.version} when it was shown). */
    private String noticeVersion;
    private String callId;
    /** The partnership programme: the reference of the municipality's accepted network application. */
    private String networkReference;
    /** The partnership programme: {@link #NAMED} or {@link #NO_PREFERENCE}. */
    private String swedishChoice;
    private String swedishMunicipality;
    /** The partnership programme: the mentoring wish, {@code yes} or {@code no}. */
    private String mentoring;

    /** The request this form stands for, with the network's question set. */
    SubmissionRequest toRequest() {
        return toRequest(Call.Questions.NETWORK);
    }

    /**
     * The request this form stands for to a call with {@code questions}; focus areas not in
     * {@link FocusArea} are left out (see {@link #unknownFocusAreas()}). The partnership programme's:
     * no workshops, the interest in a partnership, the partnership's answers (no preference: no
     * municipality, whatever was typed next to it) and the mentoring wish.
     */
    SubmissionRequest toRequest(Call.Questions questions) {
        if (questions == Call.Questions.PARTNERSHIP) {
            SubmissionRequest network = toRequest(Call.Questions.NETWORK);
            return new SubmissionRequest(network.applicant(), network.municipality(), motivation, network.focusAreas(),
                    new Workshops(false, false), true, "yes".equals(mentoring), network.consent(), network.callId(),
                    new Partnership(networkReference, NO_PREFERENCE.equals(swedishChoice) ? null : swedishMunicipality));
        }
        List<FocusArea> areas = new ArrayList<>();
        for (String area : focusAreas) {
            if (FocusArea.isFocusArea(area)) {
                areas.add(FocusArea.valueOf(area));
            }
        }
        return new SubmissionRequest(
                new Applicant(fullName, email, phone, position, preferredLanguage),
                new Municipality(municipalityName, region, country),
                motivation,
                areas,
                new Workshops(workshopLocal, workshopSweden),
                partnershipInterest,
                mentorshipInterest,
                new Consent(consent, noticeVersion),
                callId == null || callId.isBlank() ? null : callId);
    }

    /**
     * What the partnership programme's form asks beyond the rules of the submission: an explicit choice
     * of a Swedish municipality or none, the municipality when one was chosen, an explicit mentoring
     * wish. Empty for the network's form.
     */
    List<Violation> formViolations(Call.Questions questions) {
        if (questions != Call.Questions.PARTNERSHIP) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        if (!NAMED.equals(swedishChoice) && !NO_PREFERENCE.equals(swedishChoice)) {
            violations.add(new Violation("partnership.swedishChoice", Violation.Code.REQUIRED));
        } else if (NAMED.equals(swedishChoice) && (swedishMunicipality == null || swedishMunicipality.isBlank())) {
            violations.add(new Violation("partnership.swedishMunicipality", Violation.Code.REQUIRED));
        }
        if (!"yes".equals(mentoring) && !"no".equals(mentoring)) {
            violations.add(new Violation("mentoring", Violation.Code.REQUIRED));
        }
        return violations;
    }

    public String getNetworkReference() {
        return networkReference;
    }

    public void setNetworkReference(String networkReference) {
        this.networkReference = networkReference;
    }

    public String getSwedishChoice() {
        return swedishChoice;
    }

    public void setSwedishChoice(String swedishChoice) {
        this.swedishChoice = swedishChoice;
    }

    public String getSwedishMunicipality() {
        return swedishMunicipality;
    }

    public void setSwedishMunicipality(String swedishMunicipality) {
        this.swedishMunicipality = swedishMunicipality;
    }

    public String getMentoring() {
        return mentoring;
    }

    public void setMentoring(String mentoring) {
        this.mentoring = mentoring;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    boolean unknownFocusAreas() {
        return focusAreas.stream().anyMatch(area -> !FocusArea.isFocusArea(area));
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getMunicipalityName() {
        return municipalityName;
    }

    public void setMunicipalityName(String municipalityName) {
        this.municipalityName = municipalityName;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public List<String> getFocusAreas() {
        return focusAreas;
    }

    public void setFocusAreas(List<String> focusAreas) {
        this.focusAreas = focusAreas == null ? new ArrayList<>() : focusAreas;
    }

    public boolean isWorkshopLocal() {
        return workshopLocal;
    }

    public void setWorkshopLocal(boolean workshopLocal) {
        this.workshopLocal = workshopLocal;
    }

    public boolean isWorkshopSweden() {
        return workshopSweden;
    }

    public void setWorkshopSweden(boolean workshopSweden) {
        this.workshopSweden = workshopSweden;
    }

    public boolean isPartnershipInterest() {
        return partnershipInterest;
    }

    public void setPartnershipInterest(boolean partnershipInterest) {
        this.partnershipInterest = partnershipInterest;
    }

    public boolean isMentorshipInterest() {
        return mentorshipInterest;
    }

    public void setMentorshipInterest(boolean mentorshipInterest) {
        this.mentorshipInterest = mentorshipInterest;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getNoticeVersion() {
        return noticeVersion;
    }

    public void setNoticeVersion(String noticeVersion) {
        this.noticeVersion = noticeVersion;
    }
}
