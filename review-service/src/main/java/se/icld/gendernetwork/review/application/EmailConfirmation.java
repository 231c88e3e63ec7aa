package se.icld.gendernetwork.review.application;

import java.time.Instant;

/**
 * The confirmation a correction of the email address would need, made by the caller before the
 * aggregate decides whether the address changed: the code's hash to keep, the link (with the code)
 * for the email and when it expires. Unused when the address stays the same.
 */
public record EmailConfirmation(String codeHash, String link, Instant expiresAt) {
}
