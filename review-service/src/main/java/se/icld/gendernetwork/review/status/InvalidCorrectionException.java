package se.icld.gendernetwork.review.status;

import java.util.List;

import se.icld.gendernetwork.contracts.submission.RulesBrokenException;
import se.icld.gendernetwork.contracts.submission.Violation;

/**
 * A correction that breaks the submission rules: answered 400 with the fields and the form's
 * messages (API), or the page again with the messages by the fields. Carries fields and codes, never values.
 */
public class InvalidCorrectionException extends RulesBrokenException {

    private static final long serialVersionUID = 1L;

    public InvalidCorrectionException(List<Violation> violations) {
        super(violations);
    }
}
