package se.icld.gendernetwork.notification.notice.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.notification.notice.Notifier;
import se.icld.gendernetwork.notification.notice.UnprocessableEventException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding {@code notifyApplicant-in-0}: {@code review.applications.v1}, group
 * {@code notification-service}. Parses the raw record here so a malformed one fails once, is not
 * retried, and goes to {@code review.applications.v1.notification-service.dlq} with no content.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationEventListener {

    @Bean
    Consumer<byte[]> notifyApplicant(Notifier notifier, JsonMapper json) {
        return bytes -> {
            ApplicationEvent event;
            try {
                event = json.readValue(bytes, ApplicationEvent.class);
            } catch (JacksonException e) {
                throw new UnprocessableEventException("malformed event JSON (" + e.getClass().getSimpleName() + ")");
            }
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
}
