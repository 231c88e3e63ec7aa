package se.icld.gendernetwork.review.registration;

/**
 * A submission event that can never become an application. Its message names fields only,
 * never values: it travels to the dead-letter topic's headers.
 */
public class InvalidSubmissionException extends se.icld.gendernetwork.support.messaging.UnprocessableRecordException {

    private static final long serialVersionUID = 1L;

    public InvalidSubmissionException(String message) {
        super(message);
    }
}
