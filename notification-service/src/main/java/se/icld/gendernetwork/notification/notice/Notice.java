package se.icld.gendernetwork.notification.notice;

import java.util.List;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.ApplicationRegistered;
import se.icld.gendernetwork.contracts.review.ApplicationWithdrawn;
import se.icld.gendernetwork.contracts.review.CallEvent;
import se.icld.gendernetwork.contracts.review.DecisionMade;
import se.icld.gendernetwork.contracts.review.EmailChangeRequested;
import se.icld.gendernetwork.contracts.review.ErasureRequested;
import se.icld.gendernetwork.contracts.review.InformationRequested;
import se.icld.gendernetwork.contracts.review.MentorAssigned;
import se.icld.gendernetwork.support.mail.MailModel;
import se.icld.gendernetwork.support.mail.MailTemplates;

/**
 * Which email an event calls for, and in which language: the {@link Template} and what it may show.
 * Every template in every language is given the same {@link MailModel} (service-support's, shared
 * with review-service's preview of a decision's email).
 */
public record Notice(Template template, String language, MailModel model) {

    public static final List<String> LANGUAGES = MailTemplates.LANGUAGES;

    /**
     * As {@link #of(ApplicationEvent, String)}, the notices of an application (receipt, information
     * request, decisions, withdrawal, email-change and erasure confirmations) with its call: the title in the
     * recipient's language (shown by the notices of the application's progress) and speaking of
     * the partnership programme for a call with that question set ({@link MailModel#partnership()}), from
     * {@code calls} by the event's {@code callId} (an id no call has: the default call's).
     */
    public static Notice of(ApplicationEvent event, String statusUrl, Calls calls) {
        return of(event, statusUrl, calls, null);
    }

    /** As {@link #of(ApplicationEvent, String, Calls)}, with the partnership programme's link (see below). */
    public static Notice of(ApplicationEvent event, String statusUrl, Calls calls, String partnershipUrl) {
        Notice notice = of(event, statusUrl, partnershipUrl);
        String callId = callId(event);
        if (callId == null || calls == null) {
            return notice;
        }
        Call call = calls.find(callId).orElseGet(calls::defaultCall);
        return new Notice(notice.template(), notice.language(), notice.model().withCall(call, notice.language()));
    }

    /** The call of an event that becomes a notice of an application, or null (an erasure, which tells nobody). */
    static String callId(ApplicationEvent event) {
        return event instanceof CallEvent e ? e.callId() : null;
    }

    /**
     * The notice without the call's title (see {@link #of(ApplicationEvent, String, Calls)}).
     *
     * @param statusUrl the applicant's status page, with the token
     * @throws IllegalArgumentException an event no email can be made of (an unknown outcome, or none)
     */
    public static Notice of(ApplicationEvent event, String statusUrl) {
        return of(event, statusUrl, (String) null);
    }

    /**
     * @param statusUrl the applicant's status page, with the token
     * @param partnershipUrl the partnership programme's pre-filled form, for the acceptance of a network
     *        application while that programme takes applications (else null; ignored by every other email)
     * @throws IllegalArgumentException an event no email can be made of (an unknown outcome, or none)
     */
    public static Notice of(ApplicationEvent event, String statusUrl, String partnershipUrl) {
        Template template;
        MailModel.Mentor mentor = null;
        String message = null;
        String confirmationUrl = null;
        if (event instanceof ApplicationRegistered) {
            template = Template.RECEIPT;
        } else if (event instanceof InformationRequested info) {
            template = Template.INFORMATION_REQUEST;
            message = info.message();
        } else if (event instanceof DecisionMade decision) {
            template = Template.decision(decision.outcome());
            message = decision.message();
        } else if (event instanceof ApplicationWithdrawn) {
            template = Template.WITHDRAWAL;
        } else if (event instanceof EmailChangeRequested change) {
            template = Template.EMAIL_CONFIRMATION;
            confirmationUrl = change.confirmationUrl();
        } else if (event instanceof ErasureRequested erasure) {
            template = Template.ERASURE_CONFIRMATION;
            confirmationUrl = erasure.confirmationUrl();
        } else if (event instanceof MentorAssigned assigned) {
            template = Template.MENTOR_ASSIGNED;
            var m = assigned.mentor();
            if (m == null) {
                throw new IllegalArgumentException("a MentorAssigned without its mentor");
            }
            mentor = new MailModel.Mentor(m.name(), m.organisation(), m.email());
        } else {
            throw new IllegalArgumentException("no notice for " + event.getClass().getSimpleName());
        }
        String language = MailTemplates.language(event.recipient().language());
        var m = event.municipality();
        MailModel model = MailModel.of(event.recipient().fullName(), event.reference(), m.name(), m.region(),
                m.country(), message, statusUrl, confirmationUrl)
                .withPartnershipUrl(template == Template.DECISION_ACCEPTED ? partnershipUrl : null)
                .withMentor(mentor);
        return new Notice(template, language, model);
    }
}
