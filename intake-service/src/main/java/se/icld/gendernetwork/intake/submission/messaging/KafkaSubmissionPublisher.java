package se.icld.gendernetwork.intake.submission.messaging;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.intake.submission.PublishFailedException;
import se.icld.gendernetwork.intake.submission.SubmissionPublisher;

/**
 * Publishes to {@code intake.submissions.v1} (key = submission id) through the {@code interest-submitted}
 * binding, which is synchronous: {@link StreamBridge#send} returns after the broker acknowledged
 * (acks=all) or throws once the bounded wait of {@link ProducerTimeouts} is over.
 */
@Component
class KafkaSubmissionPublisher implements SubmissionPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaSubmissionPublisher.class);
    static final String BINDING = "interest-submitted";

    private final StreamBridge bridge;
    private final Timer publishTimer;

    KafkaSubmissionPublisher(StreamBridge bridge, MeterRegistry registry) {
        this.bridge = bridge;
        this.publishTimer = Timer.builder("intake.publish")
                .description("Time for the broker to acknowledge a submission")
                .publishPercentileHistogram()
                .register(registry);
    }

    @Override
    public void publish(InterestSubmitted submission) {
        Message<InterestSubmitted> message = MessageBuilder.withPayload(submission)
                .setHeader(KafkaHeaders.KEY, submission.submissionId().toString().getBytes(StandardCharsets.UTF_8))
                .build();
        Timer.Sample sample = Timer.start();
        try {
            if (!bridge.send(BINDING, message)) {
                throw new PublishFailedException("the binder refused the submission", null);
            }
        } catch (PublishFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PublishFailedException("the broker did not acknowledge the submission in time", e);
        } finally {
            sample.stop(publishTimer);
        }
        log.info("submission {} acknowledged by the broker", submission.submissionId());
    }
}
