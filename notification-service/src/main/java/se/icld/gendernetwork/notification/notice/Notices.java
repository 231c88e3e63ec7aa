package se.icld.gendernetwork.notification.notice;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.DecisionMade;
import se.icld.gendernetwork.notification.IntakeFormProperties;
import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.StatusLinkProperties;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.notice.mail.MailComposer;
import se.icld.gendernetwork.notification.notice.mail.RenderedMail;
import se.icld.gendernetwork.support.TraceContexts;
import se.icld.gendernetwork.support.mail.PartnershipLink;
import tools.jackson.databind.json.JsonMapper;

/**
 * From an event to its log entry, and from a log entry back to the email it stands for: the
 * notice, its status link (with the token), the title of its call ({@link Calls}), its stable
 * Message-ID and the rendered mail.
 */
@Component
class Notices {

    /** One email ready to hand to the SMTP server. */
    record Letter(Notice notice, String recipientName, String recipientAddress, String messageId, RenderedMail mail) {
    }

    private final StatusToken tokens;
    private final String statusBaseUrl;
    private final String messageIdDomain;
    private final MailComposer composer;
    private final JsonMapper json;
    private final TraceContexts traces;
    private final Calls calls;
    private final String intakeFormBaseUrl;
    private final Clock clock;

    Notices(StatusLinkProperties status, NotificationProperties properties, MailComposer composer, JsonMapper json,
            TraceContexts traces, Calls calls, IntakeFormProperties intakeForm, Clock clock) {
        this.calls = calls;
        this.intakeFormBaseUrl = intakeForm.baseUrl();
        this.clock = clock;
        this.tokens = new StatusToken(status.secret());
        this.statusBaseUrl = status.baseUrl().replaceAll("/+$", "");
        this.messageIdDomain = properties.mail().messageIdDomain();
        this.composer = composer;
        this.json = json;
        this.traces = traces;
    }

    /**
     * The PENDING entry an event calls for, due now, with the current trace.
     *
     * @throws IllegalArgumentException an event no email can be made of
     */
    NotificationEntry newEntry(ApplicationEvent event, Instant now) {
        Notice notice = notice(event);
        String eventId = event.eventId().toString();
        String template = notice.template().wire();
        return new NotificationEntry(NotificationEntry.idOf(eventId, template), event.applicationId().toString(),
                eventId, template, notice.language(), DeliveryStatus.PENDING, 0,
                "<" + eventId + "." + template + "@" + messageIdDomain + ">", json.writeValueAsString(event),
                now, now, now, null, null, false, traces.current(), now);
    }

    /** The email of an entry, rendered again from the event it keeps. */
    Letter letterFor(NotificationEntry entry) {
        ApplicationEvent event = json.readValue(entry.event().getBytes(StandardCharsets.UTF_8), ApplicationEvent.class);
        Notice notice = notice(event);
        return new Letter(notice, event.recipient().fullName(), event.recipient().email(), entry.messageId(),
                composer.render(notice));
    }

    private Notice notice(ApplicationEvent event) {
        String statusUrl = statusBaseUrl + "/status/" + event.applicationId() + "?token=" + tokens.tokenFor(event.applicationId());
        return Notice.of(event, statusUrl, calls, partnershipUrl(event));
    }

    /**
     * The partnership programme's form pre-filled with the reference, for the acceptance of an application to
     * a call with the network's question set, while a partnership programme call is configured and not
     * closed (worked out when the email is rendered); else null.
     */
    private String partnershipUrl(ApplicationEvent event) {
        if (!(event instanceof DecisionMade decision)) {
            return null;
        }
        return PartnershipLink.of(calls, decision.callId(), decision.outcome(), decision.reference(), intakeFormBaseUrl,
                clock.instant()).orElse(null);
    }
}
