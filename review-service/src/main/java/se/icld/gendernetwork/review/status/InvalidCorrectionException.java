package se.icld.gendernetwork.review.status;

import java.util.List;

import se.icld.gendernetwork.contracts.submission.Violation;

/**
 * A correction that breaks the submission rules: answered 400 with the fields and the form's
 * messages (API), or the page again with the messages by the fields. Carries fields and codes, never values.
 */
public class InvalidCorrectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidCorrectionException(List<Violation> violations) {
        super("invalid fields: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
