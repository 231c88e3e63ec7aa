package se.icld.gendernetwork.review.registration.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.registration.Registrations;

/**
 * Binding {@code registerSubmission-in-0}: {@code intake.submissions.v1}, group {@code review-service}.
 * The offset is committed after this returns (ack mode RECORD), so after MongoDB acknowledged the
 * insert. A record that fails (malformed JSON the binder cannot convert, an invalid submission, a
 * MongoDB outage) is retried with backoff, at most 5 attempts, and then dead-lettered to
 * {@code intake.submissions.v1.review-service.dlq}; the partition moves on.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionListener {

    @Bean
    Consumer<InterestSubmitted> registerSubmission(Registrations registrations) {
        return registrations::register;
    }
}
