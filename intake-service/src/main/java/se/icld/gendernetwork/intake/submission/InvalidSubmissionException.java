package se.icld.gendernetwork.intake.submission;

import java.util.List;

import se.icld.gendernetwork.contracts.submission.RulesBrokenException;
import se.icld.gendernetwork.contracts.submission.Violation;

/** The submission breaks the rules: the violations say which fields and why, never the values. */
public class InvalidSubmissionException extends RulesBrokenException {

    private static final long serialVersionUID = 1L;

    public InvalidSubmissionException(List<Violation> violations) {
        super(violations);
    }
}
