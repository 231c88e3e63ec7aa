package se.icld.gendernetwork.intake.submission;

import java.util.UUID;

/**
 * What the applicant gets back: the id, a short reference, and the status links (page and API),
 * each carrying the HMAC status token.
 */
public record Receipt(UUID submissionId, String reference, String statusUrl, String statusApiUrl) {
}
