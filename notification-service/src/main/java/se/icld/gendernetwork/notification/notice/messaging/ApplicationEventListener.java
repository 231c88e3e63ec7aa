package se.icld.gendernetwork.notification.notice.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.converter.MessageConverter;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.notification.notice.Notifier;
import se.icld.gendernetwork.notification.notice.UnprocessableEventException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding {@code notifyApplicant-in-0}: {@code review.applications.v1}, group
 * {@code notification-service}. A record that cannot be read as an event (malformed JSON, an
 * unknown type) or that no email can be made of is dead-lettered to
 * {@code review.applications.v1.notification-service.dlq} at once ({@link UnprocessableEventException}
 * is not retryable); other failures are retried a bounded number of times first.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationEventListener {

    @Bean
    Consumer<ApplicationEvent> notifyApplicant(Notifier notifier) {
        return event -> {
            if (event.eventId() == null || event.applicationId() == null || event.recipient() == null
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

    /** Reads the records, ahead of the binder's own JSON converter (see {@link ApplicationEventConverter}). */
    @Bean
    MessageConverter applicationEventConverter(JsonMapper json) {
        return new ApplicationEventConverter(json);
    }
}
