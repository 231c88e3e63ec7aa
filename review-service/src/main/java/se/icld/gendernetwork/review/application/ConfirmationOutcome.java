package se.icld.gendernetwork.review.application;

/** What came of opening an email confirmation (see {@link Application#confirmEmail}). */
public enum ConfirmationOutcome {
    /** The new address is the application's from now on. */
    CONFIRMED,
    /** The code was right but came too late: the address stays as it was. */
    EXPIRED,
    /** No change waits for confirmation, or the code is not its code: told apart from nothing else. */
    UNKNOWN
}
