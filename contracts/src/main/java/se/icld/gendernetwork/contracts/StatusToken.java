package se.icld.gendernetwork.contracts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The applicant's status token: HMAC-SHA256 of the application id under a key the services
 * share (never carried in events), base64url without padding. Whoever holds the token may read
 * the status of that one application and withdraw it.
 */
public final class StatusToken {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 16;

    private final SecretKeySpec key;

    public StatusToken(String secret) {
        Objects.requireNonNull(secret, "status token secret");
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "the status token secret must be at least " + MIN_KEY_BYTES + " bytes long");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    public String tokenFor(UUID applicationId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(applicationId.toString().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Constant-time comparison; a null or malformed token is simply wrong. */
    public boolean matches(UUID applicationId, String token) {
        if (applicationId == null || token == null) {
            return false;
        }
        byte[] expected = tokenFor(applicationId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }
}
