package se.icld.gendernetwork.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.ArgumentMatchers;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.SendResult;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class DeadLettersTest {

    private static final String DLQ = "intake.submissions.v1.review-service.dlq";

    @SuppressWarnings("unchecked")
    private final KafkaOperations<byte[], byte[]> template = mock(KafkaOperations.class);
    private final Counter counter = new SimpleMeterRegistry().counter("messaging.dead.letters");
    private final DeadLetters deadLetters = new DeadLetters(template, DLQ, counter);
    private final ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("intake.submissions.v1", 2, 42L,
            "key".getBytes(StandardCharsets.UTF_8), "{\"fullName\": \"María López\"}".getBytes(StandardCharsets.UTF_8));
    // The container wraps the listener's exception; the wrappers' messages may quote anything.
    private final Exception failure = new ListenerExecutionFailedException("Listener failed",
            new IllegalStateException("failed message: {\"fullName\": \"María López\"}",
                    new UnprocessableRecordException("not a readable event (InterestSubmitted): MismatchedInputException at applicant")));

    @Test
    void aFailedSendThrowsSoTheOffsetIsNotCommittedAndIsNotCounted() {
        when(template.send(ArgumentMatchers.<ProducerRecord<byte[], byte[]>>any())).thenReturn(CompletableFuture.failedFuture(new KafkaException("broker away")));

        assertThatThrownBy(() -> deadLetters.accept(record, null, failure)).isInstanceOf(KafkaException.class);
        assertThat(counter.count()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAcknowledgedDeadLetterIsCountedAndItsHeadersCarryOnlyTheUnprocessableReason() {
        ArgumentCaptor<ProducerRecord<byte[], byte[]>> sent = ArgumentCaptor.forClass(ProducerRecord.class);
        when(template.send(sent.capture())).thenReturn(CompletableFuture.completedFuture(new SendResult<>(
                new ProducerRecord<>(DLQ, new byte[0]), new RecordMetadata(new TopicPartition(DLQ, 0), 0, 0, 0, 0, 0))));

        deadLetters.accept(record, null, failure);

        assertThat(counter.count()).isEqualTo(1);
        ProducerRecord<byte[], byte[]> dead = sent.getValue();
        assertThat(dead.topic()).isEqualTo(DLQ);
        assertThat(dead.partition()).isNull();
        assertThat(dead.key()).isEqualTo(record.key());
        assertThat(header(dead, "x-exception-message"))
                .isEqualTo("not a readable event (InterestSubmitted): MismatchedInputException at applicant");
        assertThat(header(dead, "x-exception-fqcn")).isEqualTo(UnprocessableRecordException.class.getName());
        assertThat(header(dead, "x-original-topic")).isEqualTo("intake.submissions.v1");
        assertThat(dead.headers().lastHeader("x-exception-stacktrace")).isNull();
        for (Header header : dead.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(header.key()).doesNotContain("López");
        }
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
