package se.icld.gendernetwork.review.application;

/**
 * A change the workflow refuses: an illegal transition, a claim held by someone else, or a
 * concurrent change that won first. Answered with 409 and {@link #code()} in the problem.
 */
public class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final WorkflowCode code;

    public WorkflowException(WorkflowCode code, String message) {
        super(message);
        this.code = code;
    }

    public WorkflowCode code() {
        return code;
    }

    public static WorkflowException illegal(Status from, String action) {
        return new WorkflowException(WorkflowCode.ILLEGAL_TRANSITION, "cannot " + action + " an application that is " + from);
    }

    public static WorkflowException concurrent() {
        return new WorkflowException(WorkflowCode.CONCURRENT_CHANGE,
                "the application was changed by someone else at the same time; reload and try again");
    }
}
