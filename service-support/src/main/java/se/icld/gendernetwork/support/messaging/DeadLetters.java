package se.icld.gendernetwork.support.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import io.micrometer.core.instrument.Counter;

/**
 * Dead-letters the records of one consumer binding to {@code <topic>.<group>.dlq} and counts each one
 * after the broker acknowledged it ({@code messaging.dead.letters{topic,group}}). A send that fails
 * or is not acknowledged in time throws, so the error handler does not commit the record's offset:
 * it is tried again.
 *
 * <p>Headers: the record's own headers, {@code x-original-topic}, {@code -partition},
 * {@code -offset}, {@code -timestamp}, {@code -timestamp-type}, {@code -consumer-group}, and
 * {@code x-exception-fqcn} and {@code x-exception-message} of the {@link UnprocessableRecordException}
 * (whose message names types and field paths only). No stack trace and no message of any other
 * exception: those may quote personal data.
 */
final class DeadLetters extends DeadLetterPublishingRecoverer {

    static final String EXCEPTION_FQCN = "x-exception-fqcn";
    static final String EXCEPTION_MESSAGE = "x-exception-message";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final String topic;
    private final Counter counter;

    DeadLetters(KafkaOperations<byte[], byte[]> template, String deadLetterTopic, Counter counter) {
        // Partition -1: the producer picks one by the record's key, whatever the topic's partition count.
        super(template, (record, exception) -> new TopicPartition(deadLetterTopic, -1));
        this.topic = deadLetterTopic;
        this.counter = counter;
        setHeaderNamesSupplier(DeadLetters::headerNames);
        setExceptionHeadersCreator((headers, exception, isKey, names) -> {
            UnprocessableRecordException reason = reason(exception);
            headers.remove(EXCEPTION_FQCN);
            headers.remove(EXCEPTION_MESSAGE);
            headers.add(EXCEPTION_FQCN, (reason != null ? reason : exception).getClass().getName()
                    .getBytes(StandardCharsets.UTF_8));
            if (reason != null && reason.getMessage() != null) {
                headers.add(EXCEPTION_MESSAGE, reason.getMessage().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        super.accept(record, consumer, exception); // throws unless the broker acknowledged
        counter.increment();
        UnprocessableRecordException reason = reason(exception);
        log.warn("record {}-{}@{} dead-lettered to {}: {}", record.topic(), record.partition(), record.offset(), topic,
                reason != null ? reason.getClass().getSimpleName() + ": " + reason.getMessage()
                        : exception.getClass().getName());
    }

    /** The unprocessable exception among the causes (the container wraps the listener's), or null. */
    static UnprocessableRecordException reason(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnprocessableRecordException unprocessable) {
                return unprocessable;
            }
        }
        return null;
    }

    private static HeaderNames headerNames() {
        return HeaderNames.Builder.original()
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .keyExceptionFqcn("x-key-exception-fqcn")
                .exceptionFqcn(EXCEPTION_FQCN)
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .exceptionMessage(EXCEPTION_MESSAGE)
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .exceptionStacktrace("x-exception-stacktrace")
                .build();
    }
}
