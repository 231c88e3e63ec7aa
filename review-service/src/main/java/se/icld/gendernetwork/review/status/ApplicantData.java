package se.icld.gendernetwork.review.status;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Decision;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.Status;

/**
 * Everything this service holds about the applicant of one application, as the applicant downloads
 * it (GDPR art. 15 and 20: access and portability) from the status page, as JSON and as a readable
 * page: the application as stored, the consent's notice version, its history, the messages
 * exchanged and the emails sent. What is the programme team's own and not the applicant's data is
 * left out on purpose, as on the status page: reviewers' internal notes and who did what (a step is
 * by the applicant, the programme team or the system, never by a named reviewer, so that reviewers
 * working where speaking up is risky are not exposed), the claim, the outbox, the email confirmation
 * code's hash and the delivery failure's technical reason (the mail server's reply). Its own records,
 * not the aggregate's, so that the format stays what it says whatever the aggregate gains. Plain Java.
 *
 * @param format the name and version of this format
 * @param exportedAt when this copy was made
 * @param pendingEmail a new address asked for and not confirmed yet, or null
 * @param decision the decision in force, or null
 * @param history every recorded change, oldest first (email reports are under {@code emails})
 * @param messages what each side wrote: the team's questions and decision messages, the applicant's answers
 * @param emails the emails sent (or that could not be sent) as notification-service reported them
 * @param partnership an application to the partnership programme: the network application's reference and
 *        the Swedish municipality wished for (null: no preference); null for a network application
 * @param mentor the mentor of an accepted partnership, as the applicant was told (name, organisation, email), or null
 */
public record ApplicantData(String format, Instant exportedAt, String reference, String submissionId,
        Instant submittedAt, Status status, Person applicant, PendingAddress pendingEmail, Place municipality,
        String motivation, Wishes interest, Consent consent, DecisionMade decision, List<Step> history,
        List<Message> messages, List<Email> emails, Partnership partnership, Mentor mentor) {

    public static final String FORMAT = "gender-network/applicant-data/v1";

    /** Who did something, as the applicant is told it. */
    public enum Actor {
        APPLICANT, PROGRAMME_TEAM, SYSTEM
    }

    /** Whether an email went out. */
    public enum Delivery {
        SENT, FAILED
    }

    public record Person(String fullName, String email, String phone, String position, String language) {
    }

    public record PendingAddress(String address, Instant requestedAt, Instant expiresAt) {
    }

    public record Place(String name, String region, String country) {
    }

    public record Wishes(List<String> focusAreas, boolean localWorkshop, boolean swedenWorkshop,
            boolean municipalPartnership, boolean mentorship) {
    }

    /** The consent given with the application: to the privacy notice of {@code noticeVersion}. */
    public record Consent(boolean dataProcessing, String noticeVersion) {
    }

    public record Partnership(String networkReference, String swedishMunicipality) {
    }

    public record Mentor(String name, String organisation, String email) {
    }

    public record DecisionMade(Status outcome, String message, Instant at) {
    }

    /** A change: what ({@code action}), the status after it, when, by whom. */
    public record Step(HistoryAction action, Status status, Instant at, Actor by) {
    }

    public record Message(StatusTimeline.Kind kind, Instant at, Actor from, String text) {
    }

    /** An email: its template ({@code receipt}, {@code decision-accepted}, ...), language, when, whether it went out. */
    public record Email(String template, String language, Instant at, Delivery status) {
    }

    /** What DeliveryReports writes as an email entry's detail: {@code template (language)}, then, for a failure, the reason. */
    private static final Pattern EMAIL_DETAIL = Pattern.compile("^([a-z][a-z-]{0,39}) \\(([a-z]{2})\\)");

    public static ApplicantData of(Application a, Instant exportedAt) {
        var p = a.applicant();
        var m = a.municipality();
        var i = a.interest();
        var pending = a.pendingEmail();
        Decision d = a.decision();
        return new ApplicantData(FORMAT, exportedAt, a.reference(), a.id(), a.submittedAt(), a.status(),
                p == null ? null : new Person(p.fullName(), p.email(), p.phone(), p.position(), p.language()),
                pending == null ? null : new PendingAddress(pending.address(), pending.requestedAt(), pending.expiresAt()),
                m == null ? null : new Place(m.name(), m.region(), m.country()),
                a.motivation(),
                i == null ? null : new Wishes(i.focusAreas(), i.localWorkshop(), i.swedenWorkshop(), i.partnership(), i.mentorship()),
                i == null ? null : new Consent(true, i.consentNoticeVersion()),
                d == null || d.outcome() != a.status() ? null : new DecisionMade(d.outcome(), d.message(), d.at()),
                a.history().stream().filter(h -> h.sourceEventId() == null && h.action() != null)
                        .map(h -> new Step(h.action(), h.status(), h.at(), actor(h.by()))).toList(),
                StatusTimeline.conversation(a.history(), d).stream().filter(e -> e.message() != null)
                        .map(e -> new Message(e.kind(), e.at(), e.kind().byApplicant() ? Actor.APPLICANT : Actor.PROGRAMME_TEAM,
                                e.message()))
                        .toList(),
                a.history().stream().filter(h -> h.action() != null && h.action().email()).map(ApplicantData::email).toList(),
                a.partnership() == null ? null
                        : new Partnership(a.partnership().networkReference(), a.partnership().swedishMunicipality()),
                a.mentor() == null || a.status() != Status.ACCEPTED ? null
                        : new Mentor(a.mentor().name(), a.mentor().organisation(), a.mentor().email()));
    }

    private static Actor actor(String by) {
        if (Application.APPLICANT.equals(by)) {
            return Actor.APPLICANT;
        }
        return "system".equals(by) ? Actor.SYSTEM : Actor.PROGRAMME_TEAM;
    }

    /** An email as a delivery report recorded it (its detail: {@code template (language)}, then a failure's reason, left out). */
    static Email email(HistoryEntry h) {
        Matcher detail = EMAIL_DETAIL.matcher(h.detail() == null ? "" : h.detail());
        boolean known = detail.find();
        return new Email(known ? detail.group(1) : null, known ? detail.group(2) : null, h.at(),
                h.action() == HistoryAction.EMAIL_SENT ? Delivery.SENT : Delivery.FAILED);
    }
}
