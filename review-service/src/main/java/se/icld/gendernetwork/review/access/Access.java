package se.icld.gendernetwork.review.access;

import java.time.Instant;
import java.util.List;

/**
 * One look at applicants' data by the team: who, when, what (an application's detail, or an export)
 * and which applications. Holds none of the data looked at.
 */
public record Access(Instant at, String by, Kind kind, List<String> applicationIds) {

    public enum Kind {
        /** An application's detail, in the console or the reviewers' API. */
        VIEWED,
        /** A CSV export that contained the application. */
        EXPORTED
    }

    public Access {
        applicationIds = List.copyOf(applicationIds);
    }
}
