package se.icld.gendernetwork.review.access;

import java.util.List;
import java.util.UUID;

/**
 * The record of who looked at applicants' data (GDPR art. 5(2), accountability): every opening of
 * an application's detail and every CSV export, kept apart from the applications themselves.
 */
public interface Accesses {

    /** Records one look; an export's ids may be recorded in several calls (chunks). */
    void record(Access access);

    /** Every recorded look that included the application, newest first. */
    List<Access> of(UUID applicationId);
}
