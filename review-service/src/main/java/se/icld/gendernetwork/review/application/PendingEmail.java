package se.icld.gendernetwork.review.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A new email address the applicant asked for and has not confirmed yet. Only the SHA-256 of the
 * single-use confirmation code is kept ({@code codeHash}, hex), so a copy of the database cannot
 * confirm anything; the code itself travels once, in the confirmation email's link.
 */
public record PendingEmail(String address, String codeHash, Instant requestedAt, Instant expiresAt) {

    /** Whether {@code hash} is this change's code hash, compared in constant time. */
    public boolean hasCode(String hash) {
        return MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
