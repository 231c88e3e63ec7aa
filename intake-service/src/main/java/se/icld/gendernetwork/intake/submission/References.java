package se.icld.gendernetwork.intake.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Short, human-friendly references such as {@code GEN-7K3Q-9XDA}, derived from the submission id
 * (so a retried submission keeps its reference). Crockford's base-32 alphabet: no I, L, O or U to
 * misread over the phone. 40 bits: a label for people, not a key.
 */
final class References {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private References() {
    }

    static String of(UUID submissionId) {
        byte[] digest = sha256(submissionId.toString());
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        char[] chars = new char[8];
        for (int i = 7; i >= 0; i--) {
            chars[i] = ALPHABET[(int) (bits & 0x1F)];
            bits >>>= 5;
        }
        return "GEN-" + new String(chars, 0, 4) + "-" + new String(chars, 4, 4);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
