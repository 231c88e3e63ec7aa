package se.icld.gendernetwork.notification.notice.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.messaging.support.ErrorMessage;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code notification.dlq.records}: records of the {@code notifyApplicant-in-0} binding given up on
 * and dead-lettered, registered at zero. The Kafka binder dead-letters a record from the binding's
 * error channel once its retries are exhausted (at once for a non-retryable exception), and bridges
 * that channel to the application's {@code errorChannel}; this counter listens there for errors of
 * records from the binding's topic. (The binder's own listener timer counts such records as
 * successes, hence a counter of our own.)
 */
@Component
class DeadLetterCounter {

    static final String BINDING = "notifyApplicant-in-0";

    private final Counter deadLettered;
    private final String topic;

    DeadLetterCounter(MeterRegistry registry, BindingServiceProperties bindings,
            @Qualifier(IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME) SubscribableChannel errorChannel) {
        this.topic = bindings.getBindingDestination(BINDING);
        this.deadLettered = Counter.builder("notification.dlq.records")
                .description("Records of the notifyApplicant binding sent to its dead-letter topic")
                .tag("binding", BINDING).register(registry);
        errorChannel.subscribe(this::onError);
    }

    private void onError(Message<?> message) {
        if (topic.equals(sourceTopic(message))) {
            deadLettered.increment();
        }
    }

    private static String sourceTopic(Message<?> message) {
        if (message.getHeaders().get(KafkaHeaders.RAW_DATA) instanceof ConsumerRecord<?, ?> record) {
            return record.topic();
        }
        if (message instanceof ErrorMessage error && error.getPayload() instanceof MessagingException failure
                && failure.getFailedMessage() != null) {
            return failure.getFailedMessage().getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, String.class);
        }
        return null;
    }
}
