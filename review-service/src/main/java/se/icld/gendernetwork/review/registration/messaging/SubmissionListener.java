package se.icld.gendernetwork.review.registration.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.registration.InvalidSubmissionException;
import se.icld.gendernetwork.review.registration.Registrations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding {@code registerSubmission-in-0}: {@code intake.submissions.v1}, group {@code review-service}.
 * The offset is committed after this returns, so after MongoDB acknowledged the insert; failures
 * are retried with backoff and then dead-lettered (see application.yml).
 */
@Configuration(proxyBeanMethods = false)
class SubmissionListener {

    /**
     * Takes the raw bytes and parses them here, so a malformed record fails once, as an
     * {@link InvalidSubmissionException} that is not retried, and its content never reaches a log
     * or a dead-letter header.
     */
    @Bean
    Consumer<byte[]> registerSubmission(Registrations registrations, JsonMapper json) {
        return bytes -> {
            InterestSubmitted submission;
            try {
                submission = json.readValue(bytes, InterestSubmitted.class);
            } catch (JacksonException e) {
                throw new InvalidSubmissionException("malformed submission JSON (" + e.getClass().getSimpleName() + ")");
            }
            registrations.register(submission);
        };
    }
}
