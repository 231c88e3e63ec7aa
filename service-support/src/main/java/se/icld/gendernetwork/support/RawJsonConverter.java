package se.icld.gendernetwork.support;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.util.MimeTypeUtils;

/**
 * Hands a JSON record's bytes as they are to a function that takes {@code byte[]} (the binder's own
 * JSON converter would try to read the JSON as a byte array). Reading only. The services read such
 * records themselves so that a parse error's message, which may quote personal data, never reaches
 * a log or a dead-letter header.
 */
public class RawJsonConverter extends AbstractMessageConverter {

    public RawJsonConverter() {
        super(MimeTypeUtils.APPLICATION_JSON);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return byte[].class == type;
    }

    @Override
    protected boolean canConvertTo(Object payload, MessageHeaders headers) {
        return false;
    }

    @Override
    protected Object convertFromInternal(Message<?> message, Class<?> targetClass, Object conversionHint) {
        return message.getPayload() instanceof byte[] bytes ? bytes : null;
    }
}
