package se.icld.gendernetwork.intake.submission;

import java.util.List;

import se.icld.gendernetwork.contracts.submission.Violation;

/** The submission breaks the rules: the violations say which fields and why, never the values. */
public class InvalidSubmissionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidSubmissionException(List<Violation> violations) {
        super("invalid fields: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
