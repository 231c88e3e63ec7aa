package se.icld.gendernetwork.intake.submission;

/** The broker did not acknowledge a submission in time: the applicant should retry later. */
public class PublishFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
