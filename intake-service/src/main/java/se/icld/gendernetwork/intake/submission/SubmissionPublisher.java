package se.icld.gendernetwork.intake.submission;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;

/** Hands a submission to the broker and returns only once the broker acknowledged it. */
public interface SubmissionPublisher {

    /** @throws PublishFailedException when the broker did not acknowledge within the bounded wait */
    void publish(InterestSubmitted submission);
}
