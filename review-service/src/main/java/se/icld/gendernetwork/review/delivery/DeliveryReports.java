package se.icld.gendernetwork.review.delivery;

import java.util.Set;
import java.util.regex.Pattern;

import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;
import se.icld.gendernetwork.contracts.delivery.NotificationFailed;
import se.icld.gendernetwork.contracts.delivery.NotificationSent;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.support.messaging.UnprocessableRecordException;

/**
 * What a delivery report from notification-service adds to an application's history, and which
 * reports are not reports at all: a record missing its ids or time, or whose template, language,
 * or Message-ID is not what notification-service writes (e.g. a megabyte "template"), is
 * refused as unprocessable (the consumer dead-letters it) rather than stored. No Spring.
 */
public final class DeliveryReports {

    /** A template name as notification-service writes them: {@code receipt}, {@code decision-accepted}, ... */
    private static final Pattern TEMPLATE = Pattern.compile("[a-z][a-z-]{0,39}");
    private static final Set<String> LANGUAGES = Set.of("es", "en", "sv");
    /** RFC 5322's line limit, far above our {@code <eventId.template@domain>}. */
    static final int MAX_MESSAGE_ID = 998;
    /** A failure's reason (one SMTP reply or exception message) is kept to this many characters. */
    static final int MAX_REASON = 300;

    private DeliveryReports() {
    }

    /**
     * The history entry for {@code event} (deduplicated later by the event id).
     *
     * @throws UnprocessableRecordException a record that is not a delivery report notification-service writes
     */
    public static HistoryEntry entryFor(DeliveryEvent event) {
        if (event.eventId() == null || event.applicationId() == null || event.occurredAt() == null) {
            throw new UnprocessableRecordException("delivery event lacks eventId, applicationId or occurredAt");
        }
        String template;
        String language;
        HistoryAction action;
        String detail;
        if (event instanceof NotificationFailed failed) {
            template = failed.template();
            language = failed.language();
            String reason = failed.reason() == null ? "" : failed.reason();
            action = HistoryAction.EMAIL_FAILED;
            detail = template + " (" + language + "): "
                    + (reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason);
        } else if (event instanceof NotificationSent sent) {
            template = sent.template();
            language = sent.language();
            if (sent.messageId() != null && sent.messageId().length() > MAX_MESSAGE_ID) {
                throw new UnprocessableRecordException("NotificationSent " + event.eventId() + ": Message-ID too long");
            }
            action = HistoryAction.EMAIL_SENT;
            detail = template + " (" + language + ")";
        } else {
            throw new UnprocessableRecordException("unknown delivery event " + event.getClass().getSimpleName());
        }
        if (template == null || !TEMPLATE.matcher(template).matches()) {
            throw new UnprocessableRecordException("delivery event " + event.eventId() + ": not a template name");
        }
        if (!LANGUAGES.contains(language)) {
            throw new UnprocessableRecordException("delivery event " + event.eventId() + ": not a language of the system");
        }
        return new HistoryEntry(action, null, event.occurredAt(), "notification-service", detail, event.eventId().toString());
    }
}
