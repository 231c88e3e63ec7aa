package se.icld.gendernetwork.review.application;

import java.util.Set;

/**
 * {@code RECEIVED → IN_REVIEW → (INFO_REQUESTED ⇄ IN_REVIEW) → ACCEPTED | WAITLISTED | REJECTED};
 * {@code WAITLISTED → ACCEPTED}; {@code WITHDRAWN} from any state before a decision.
 */
public enum Status {
    RECEIVED, IN_REVIEW, INFO_REQUESTED, ACCEPTED, WAITLISTED, REJECTED, WITHDRAWN;

    /** The outcomes a reviewer may decide. */
    public static final Set<Status> OUTCOMES = Set.of(ACCEPTED, WAITLISTED, REJECTED);

    /** Before a decision: the applicant may still withdraw. */
    public boolean undecided() {
        return this == RECEIVED || this == IN_REVIEW || this == INFO_REQUESTED;
    }
}
