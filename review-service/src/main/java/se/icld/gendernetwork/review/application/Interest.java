package se.icld.gendernetwork.review.application;

import java.util.List;

/** What the applicant asked for: focus areas, workshops, partnership and mentorship interest, consent. */
public record Interest(List<String> focusAreas, boolean localWorkshop, boolean swedenWorkshop,
        boolean partnership, boolean mentorship, String consentNoticeVersion) {
}
