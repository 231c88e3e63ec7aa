package se.icld.gendernetwork.review.application;

/** The code a refused change of the aggregate comes with, for the aggregate's unit tests. */
final class Refusals {

    private Refusals() {
    }

    static WorkflowCode of(Runnable change) {
        try {
            change.run();
        } catch (WorkflowException e) {
            return e.code();
        }
        throw new AssertionError("the change was accepted");
    }

    /** As {@link #of(Runnable)}, the code as the API spells it ({@code "not-claimed"}). */
    static String wire(Runnable change) {
        return of(change).wire();
    }
}
