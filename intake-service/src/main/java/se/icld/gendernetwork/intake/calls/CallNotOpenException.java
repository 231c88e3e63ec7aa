package se.icld.gendernetwork.intake.calls;

import se.icld.gendernetwork.contracts.calls.Call;

/** A submission to a call that is not open: before its opening or after its closing (409 {@code call-not-open} / {@code call-closed}). */
public class CallNotOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Call call;
    private final Call.Phase phase;

    public CallNotOpenException(Call call, Call.Phase phase) {
        super(phase == Call.Phase.BEFORE ? "the call " + call.id() + " opens at " + call.opensAt()
                : "the call " + call.id() + " closed at " + call.closesAt());
        this.call = call;
        this.phase = phase;
    }

    public Call call() {
        return call;
    }

    public Call.Phase phase() {
        return phase;
    }

    /** The problem's {@code code}: {@code call-not-open} before the opening, {@code call-closed} after the closing. */
    public String code() {
        return phase == Call.Phase.BEFORE ? "call-not-open" : "call-closed";
    }
}
