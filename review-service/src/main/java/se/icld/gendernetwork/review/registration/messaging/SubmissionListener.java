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
 * The offset is committed after this returns (ack mode RECORD), so after MongoDB acknowledged the
 * insert. A record that can never be registered (malformed JSON, wrong field types, invalid content)
 * fails with {@link InvalidSubmissionException}, which is not retried, and goes to
 * {@code intake.submissions.v1.review-service.dlq}; other failures (MongoDB away) are retried with
 * backoff, at most 5 attempts, then dead-lettered. The partition moves on either way.
 *
 * <p>The record reaches this function as bytes (service-support's {@code RawJsonConverter}) and is read here rather than by the binder's converter: Jackson's messages quote the
 * offending value (an applicant's name or address), and a failure's message reaches the log and the
 * dead-letter headers. {@link InvalidSubmissionException} names the exception type and the field
 * path only, and carries no cause.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionListener {

    @Bean
    Consumer<byte[]> registerSubmission(Registrations registrations, JsonMapper json) {
        return record -> registrations.register(read(json, record));
    }


    static InterestSubmitted read(JsonMapper json, byte[] record) {
        if (record == null || record.length == 0) {
            throw new InvalidSubmissionException("empty record");
        }
        try {
            InterestSubmitted submission = json.readValue(record, InterestSubmitted.class);
            if (submission == null) {
                throw new InvalidSubmissionException("record is JSON null");
            }
            return submission;
        } catch (JacksonException e) {
            // Deliberately without the cause: its message may quote personal data.
            throw new InvalidSubmissionException("not a readable submission: " + e.getClass().getSimpleName()
                    + " at " + e.getPathReference());
        }
    }
}
