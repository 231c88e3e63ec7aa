package se.icld.gendernetwork.intake.submission.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.intake.IntakeProperties;
import se.icld.gendernetwork.intake.submission.PublishFailedException;
import se.icld.gendernetwork.intake.submission.SubmissionPublisher;
import se.icld.gendernetwork.support.messaging.KafkaEvents;

/**
 * Publishes to {@code intake.submissions.v1} (key = submission id) through the messaging kit and
 * returns once the broker acknowledged (acks=all), or throws once {@code intake.publish-timeout} is
 * over. The producer gives up on the record within the same bound ({@code messaging.producer.send-timeout}
 * is set to it), so a submission reported as failed is not written later.
 */
@Component
class KafkaSubmissionPublisher implements SubmissionPublisher {

    private static final Logger log = LoggerFactory.getLogger(KafkaSubmissionPublisher.class);

    private final KafkaEvents events;
    private final Duration timeout;
    private final Timer publishTimer;

    KafkaSubmissionPublisher(KafkaEvents events, IntakeProperties properties, MeterRegistry registry) {
        this.events = events;
        this.timeout = properties.publishTimeout();
        this.publishTimer = Timer.builder("intake.publish")
                .description("Time for the broker to acknowledge a submission")
                .publishPercentileHistogram()
                .register(registry);
    }

    @Override
    public void publish(InterestSubmitted submission) {
        Timer.Sample sample = Timer.start();
        try {
            events.send(Topics.SUBMISSIONS, submission.submissionId().toString(), submission, Map.of())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("the broker did not acknowledge the submission in time", e);
        } finally {
            sample.stop(publishTimer);
        }
        log.debug("submission {} acknowledged by the broker", submission.submissionId());
    }
}
