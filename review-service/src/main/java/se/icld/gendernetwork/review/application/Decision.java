package se.icld.gendernetwork.review.application;

import java.time.Instant;

/** The latest decision and the message the applicant was sent with it. */
public record Decision(Status outcome, String message, String by, Instant at) {
}
