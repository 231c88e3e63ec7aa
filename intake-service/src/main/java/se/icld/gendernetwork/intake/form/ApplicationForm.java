package se.icld.gendernetwork.intake.form;

import java.util.ArrayList;
import java.util.List;

import se.icld.gendernetwork.contracts.submission.FocusArea;
import se.icld.gendernetwork.intake.submission.SubmissionRequest;
import se.icld.gendernetwork.intake.submission.SubmissionRequest.Applicant;
import se.icld.gendernetwork.intake.submission.SubmissionRequest.Consent;
import se.icld.gendernetwork.intake.submission.SubmissionRequest.Municipality;
import se.icld.gendernetwork.intake.submission.SubmissionRequest.Workshops;

/**
 * The form as posted (flat, form-encoded), kept as typed so that a page shown again shows exactly
 * that. It is checked only as the {@link SubmissionRequest} it maps to, by the same rules as the
 * API.
 */
public class ApplicationForm {

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

    /** The request this form stands for; focus areas not in {@link FocusArea} are left out (see {@link #unknownFocusAreas()}). */
    SubmissionRequest toRequest() {
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
