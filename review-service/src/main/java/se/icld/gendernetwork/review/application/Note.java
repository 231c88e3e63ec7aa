package se.icld.gendernetwork.review.application;

import java.time.Instant;

/** A reviewer's internal note (never shown to the applicant). */
public record Note(String text, String by, Instant at) {
}
