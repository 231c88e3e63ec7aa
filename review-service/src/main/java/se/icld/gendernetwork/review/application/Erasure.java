package se.icld.gendernetwork.review.application;

import java.time.Instant;

/**
 * That, when and by whom an application's personal data was erased, and on whose request: the
 * applicant's own (through the programme) or the programme's. Holds none of the erased data.
 */
public record Erasure(Instant at, String by, Requester onRequestOf) {

    /** Who asked for the erasure. */
    public enum Requester {
        /** The applicant asked (GDPR art. 17). */
        APPLICANT,
        /** The programme decided it (e.g. a submission that should not have been kept). */
        PROGRAMME,
        /** The retention period after the application closed passed ({@code review.retention.after}). */
        RETENTION
    }
}
