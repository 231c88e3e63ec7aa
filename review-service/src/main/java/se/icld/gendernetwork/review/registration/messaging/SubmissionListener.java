package se.icld.gendernetwork.review.registration.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.registration.Registrations;
import se.icld.gendernetwork.support.messaging.JsonRecords;

/**
 * Binding {@code registerSubmission-in-0}: {@code intake.submissions.v1}, group {@code review-service},
 * under the messaging kit's consumer error policy. An offset is committed only after this returned
 * for the record and every one before it (once per poll), so after MongoDB acknowledged the insert. A record that can never be registered
 * (malformed JSON, wrong field types: the kit's {@link JsonRecords}; invalid content:
 * {@code InvalidSubmissionException}) goes to {@code intake.submissions.v1.review-service.dlq} at
 * once; every other failure (MongoDB away) is retried with backoff without limit, the partition
 * paused, never dead-lettered. The record arrives as bytes and is read by the kit, whose failures
 * name the exception type and field path only (Jackson's own messages quote values).
 */
@Configuration(proxyBeanMethods = false)
class SubmissionListener {

    @Bean
    Consumer<byte[]> registerSubmission(Registrations registrations, JsonRecords records) {
        return record -> registrations.register(records.read(record, InterestSubmitted.class));
    }
}
