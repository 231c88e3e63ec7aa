package se.icld.gendernetwork.notification.notice.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.icld.gendernetwork.contracts.review.ApplicationErased;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.notification.notice.Notifier;
import se.icld.gendernetwork.notification.notice.UnprocessableEventException;
import se.icld.gendernetwork.support.messaging.JsonRecords;

/**
 * Binding {@code notifyApplicant-in-0}: {@code review.applications.v1}, group
 * {@code notification-service}, under the messaging kit's consumer error policy. A record that cannot
 * be read as an event (malformed JSON, an unknown type, wrong field types: the kit's
 * {@link JsonRecords}) or that no email can be made of ({@link UnprocessableEventException}) goes to
 * {@code review.applications.v1.notification-service.dlq} at once; every other failure (MongoDB
 * away) is retried without limit, the partition paused, never dead-lettered. The record arrives as
 * bytes and is read by the kit, whose failures name the exception type and field path only
 * (Jackson's own messages quote values, say an address).
 */
@Configuration(proxyBeanMethods = false)
class ApplicationEventListener {

    @Bean
    Consumer<byte[]> notifyApplicant(Notifier notifier, JsonRecords records) {
        return record -> {
            ApplicationEvent event = records.read(record, ApplicationEvent.class);
            // An erasure tells nobody: it has no recipient.
            boolean erasure = event instanceof ApplicationErased;
            if (event.eventId() == null || event.applicationId() == null || (!erasure && event.recipient() == null)
                    || event.municipality() == null) {
                throw new UnprocessableEventException("event lacks eventId, applicationId, recipient or municipality");
            }
            try {
                notifier.onEvent(event);
            } catch (IllegalArgumentException e) {
                throw new UnprocessableEventException(e.getMessage());
            }
        };
    }
}
