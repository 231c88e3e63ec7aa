package se.icld.gendernetwork.contracts.submission;

import java.util.List;

/**
 * Content that breaks the {@link SubmissionRules}: the violations say which fields and why, never the
 * values (so the message can be logged). Each service names its own case: intake's submission,
 * review's correction.
 */
public abstract class RulesBrokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    protected RulesBrokenException(List<Violation> violations) {
        super("invalid fields: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
