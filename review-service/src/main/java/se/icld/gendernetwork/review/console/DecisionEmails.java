package se.icld.gendernetwork.review.console;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.IntakeFormProperties;

import se.icld.gendernetwork.review.StatusLinkProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.support.mail.MailModel;
import se.icld.gendernetwork.support.mail.MailTemplates;
import se.icld.gendernetwork.support.mail.PartnershipLink;

/**
 * The email an applicant will receive for a decision, before it is made: rendered from the same
 * template files and with the same model notification-service sends it with (service-support's
 * {@link MailTemplates} and {@link MailModel}; the values as the {@code DecisionMade} event carries them,
 * and the title and question set of the application's call), in the applicant's language, with the partnership programme's
 * link in the acceptance of a network application as notification adds it ({@link PartnershipLink}).
 * Only the status link's token is left out ({@link #HIDDEN_TOKEN}): it is
 * the applicant's key to their data, and a reviewer has no use for it.
 */
@Component
class DecisionEmails {

    /** Stands for the status link's token in a preview. */
    static final String HIDDEN_TOKEN = "…";

    private final MailTemplates templates = new MailTemplates();
    private final String statusBaseUrl;
    private final Calls calls;
    private final String intakeFormBaseUrl;
    private final Clock clock;

    DecisionEmails(StatusLinkProperties status, Calls calls, IntakeFormProperties intakeForm, Clock clock) {
        this.statusBaseUrl = status.baseUrl().replaceAll("/+$", "");
        this.calls = calls;
        this.intakeFormBaseUrl = intakeForm.baseUrl();
        this.clock = clock;
    }

    /** The decision's email: its language, subject and plain text. */
    record Preview(String language, String subject, String text) {
    }

    /** The email {@code outcome} with {@code message} (null or blank: none) would send the applicant of {@code a}. */
    Preview preview(Application a, Status outcome, String message) {
        String language = language(a);
        MailTemplates.Rendered mail = templates.render(MailTemplates.decisionTemplate(outcome.name()), language,
                model(a, message).withCall(call(a), language)
                        .withPartnershipUrl(PartnershipLink.of(calls, a.callId(), outcome.name(), a.reference(),
                                intakeFormBaseUrl, Instant.now(clock)).orElse(null)));
        return new Preview(language, mail.subject(), mail.text());
    }

    /** The language the applicant of {@code a} is written to in. */
    static String language(Application a) {
        return MailTemplates.language(a.applicant().language());
    }

    /**
     * The application's call, as notification finds it (by the event's {@code callId}; an id no call has:
     * the default call's): the email names its title and, for a partnership call, speaks of that programme.
     */
    Call call(Application a) {
        return calls.find(a.callId()).orElseGet(calls::defaultCall);
    }

    /** The model notification builds from the decision's event (recipient, reference, municipality, message, status link). */
    MailModel model(Application a, String message) {
        var m = a.municipality();
        return MailModel.of(a.applicant().fullName(), a.reference(), m.name(), m.region(), m.country(), message,
                statusBaseUrl + "/status/" + a.id() + "?token=" + HIDDEN_TOKEN, null);
    }
}
