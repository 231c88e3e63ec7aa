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
 * {@code notification-service}. A record that cannot be read as an event (malformed JSON, an
 * unknown type, wrong field types) or that no email can be made of is dead-lettered to
 * {@code review.applications.v1.notification-service.dlq} at once ({@link UnprocessableEventException}
 * is not retryable); other failures are retried a bounded number of times first.
 *
 * <p>The record reaches this function as bytes (service-support's {@code RawJsonConverter}) and is read here, with the application's JSON mapper, rather than by the binder's
 * converter: Jackson's messages quote the offending value (say, an address where an object belongs),
 * and a failure's message and causes reach the log and the DLQ record's {@code x-exception-message}
 * and {@code x-exception-stacktrace} headers. {@link UnprocessableEventException} names the exception
 * type and the field path only, and carries no cause.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationEventListener {

    @Bean
    Consumer<byte[]> notifyApplicant(Notifier notifier, JsonMapper json) {
        return record -> {
            ApplicationEvent event = read(json, record);
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


    static ApplicationEvent read(JsonMapper json, byte[] record) {
        if (record == null || record.length == 0) {
            throw new UnprocessableEventException("empty record");
        }
        try {
            ApplicationEvent event = json.readValue(record, ApplicationEvent.class);
            if (event == null) {
                throw new UnprocessableEventException("record is JSON null");
            }
            return event;
        } catch (JacksonException e) {
            // Deliberately without the cause: its message may quote personal data.
            throw new UnprocessableEventException("not a readable event: " + e.getClass().getSimpleName()
                    + " at " + e.getPathReference());
        }
    }
}
