package se.icld.gendernetwork.review.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The applicant's request to erase their personal data, waiting for its confirmation from the
 * application's address. Only the SHA-256 of the single-use code is kept ({@code codeHash}, hex); the
 * code itself travels once, in the confirmation email's link.
 */
public record PendingErasure(String codeHash, Instant requestedAt, Instant expiresAt) {

    /** Whether {@code hash} is this request's code hash, compared in constant time. */
    public boolean hasCode(String hash) {
        return MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
