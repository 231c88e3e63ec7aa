package se.icld.gendernetwork.notification.notice.messaging;

import java.nio.charset.StandardCharsets;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.util.MimeTypeUtils;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.notification.notice.UnprocessableEventException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code review.applications.v1} record as an {@link ApplicationEvent} with the application's
 * JSON mapper, as the binder's converter would, but fails without personal data: Jackson's messages
 * quote the offending value (an address where an object belongs, say), and a conversion error's
 * message and causes end up in the log and in the DLQ record's {@code x-exception-message} and
 * {@code x-exception-stacktrace} headers. The {@link UnprocessableEventException} thrown instead
 * names the exception type and the field path only, and carries no cause.
 */
class ApplicationEventConverter extends AbstractMessageConverter {

    private final JsonMapper json;

    ApplicationEventConverter(JsonMapper json) {
        super(MimeTypeUtils.APPLICATION_JSON);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ApplicationEvent.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canConvertTo(Object payload, MessageHeaders headers) {
        return false; // reading only
    }

    @Override
    protected Object convertFromInternal(Message<?> message, Class<?> targetClass, Object conversionHint) {
        Object payload = message.getPayload();
        if (payload instanceof ApplicationEvent) {
            return payload;
        }
        byte[] bytes = payload instanceof byte[] b ? b
                : payload instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
        if (bytes == null) {
            return null;
        }
        try {
            Object event = json.readValue(bytes, targetClass);
            if (event == null) {
                throw new UnprocessableEventException("record is empty or JSON null");
            }
            return event;
        } catch (JacksonException e) {
            // Deliberately without the cause: its message may quote personal data.
            throw new UnprocessableEventException("not a readable event: " + e.getClass().getSimpleName()
                    + " at " + e.getPathReference());
        }
    }
}
