package se.icld.gendernetwork.review.application;

/**
 * What a line of an application's history records. Stored and shown in the API by its name
 * ({@code "DECIDED"}), so the documents and the JSON read as before; the console's words for each
 * are {@code history.<NAME>} in the messages.
 */
public enum HistoryAction {
    REGISTERED, CLAIMED, RELEASED, DECIDED, INFO_REQUESTED, INFO_PROVIDED, WITHDRAWN,
    /** A delivery report from notification-service: the email went out. */
    EMAIL_SENT,
    /** A delivery report from notification-service: the email could not be sent. */
    EMAIL_FAILED,
    /** The applicant corrected their application before review; {@code detail} names the fields. */
    CORRECTED,
    /** The applicant confirmed a new email address: from now on emails go there. */
    EMAIL_CONFIRMED,
    /** A reviewer submitted (or replaced) their review; the review itself is kept with the application, not here. */
    REVIEWED,
    /** A conflict of interest was declared; {@code by} declared it, {@code detail} names the conflicted reviewer. */
    CONFLICT_DECLARED,
    /** The applicant's personal data was erased; {@code by} is who did it, {@code detail} on whose request. */
    ERASED,
    /** The applicant asked for the erasure of their data; it waits for the confirmation sent to their address. */
    ERASURE_REQUESTED,
    /** An admin assigned reviewers; {@code detail} names them (none: the assignment was cleared). */
    ASSIGNED,
    /** The decision was taken back within its grace period, before its email went out; {@code detail} is its outcome. */
    DECISION_TAKEN_BACK,
    /** An admin recorded (or changed) the mentor of an accepted partnership; {@code detail} names the mentor. */
    MENTOR_ASSIGNED;

    /** A delivery report (appended by the store once per event), not a change of the application. */
    public boolean email() {
        return this == EMAIL_SENT || this == EMAIL_FAILED;
    }
}
