package se.icld.gendernetwork.review.delivery.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;
import se.icld.gendernetwork.contracts.delivery.NotificationFailed;
import se.icld.gendernetwork.contracts.delivery.NotificationSent;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.support.messaging.JsonRecords;
import se.icld.gendernetwork.support.messaging.UnprocessableRecordException;

/**
 * Binding {@code recordDelivery-in-0}: {@code notification.deliveries.v1}, group
 * {@code review-service}. Each email's outcome joins the application's history once (keyed by the
 * delivery event's id), without touching the version reviewers work against. Under the messaging
 * kit's consumer error policy: a record that is not a readable delivery event goes to
 * {@code notification.deliveries.v1.review-service.dlq} at once; every other failure (MongoDB away)
 * is retried without limit, the partition paused, never dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(DeliveryListener.class);

    @Bean
    Consumer<byte[]> recordDelivery(Applications applications, JsonRecords records) {
        return record -> {
            DeliveryEvent event = records.read(record, DeliveryEvent.class);
            if (event.eventId() == null || event.applicationId() == null) {
                throw new UnprocessableRecordException("delivery event lacks eventId or applicationId");
            }
            HistoryAction action;
            String detail;
            if (event instanceof NotificationFailed failed) {
                action = HistoryAction.EMAIL_FAILED;
                detail = failed.template() + " (" + failed.language() + "): " + failed.reason();
            } else {
                NotificationSent sent = (NotificationSent) event;
                action = HistoryAction.EMAIL_SENT;
                detail = sent.template() + " (" + sent.language() + ")";
            }
            boolean added = applications.appendOnce(event.applicationId(), new HistoryEntry(action, null,
                    event.occurredAt(), "notification-service", detail, event.eventId().toString()));
            log.info("delivery report {} for application {}: {}", event.eventId(), event.applicationId(),
                    added ? action : "already recorded");
        };
    }
}
