package se.icld.gendernetwork.review.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Event ids derived from the fact an event announces, so that replaying a topic, re-registering a
 * submission after a restore or re-running a change produces the same id, and a consumer that
 * remembers ids (notification's once-only check) recognises it.
 *
 * <p>{@code eventId = UUIDv5(NAMESPACE, applicationId "/" version "/" type ["/" what the applicant is told])}
 * (RFC 9562 name-based, SHA-1), where {@code version} is the document version the change produces
 * (1 for the registration; every change increments it under the optimistic lock, so two changes of
 * one application never share it) and the last part is the decision's outcome and message or the
 * information request's message. The same change of the same application with the same words gives
 * the same id; a different outcome or question at the same version (a decision re-made differently
 * after a restore from backup) gives a new one, so it is not mistaken for the lost one.
 */
public final class EventIds {

    /** The namespace of review-service's application events (a fixed, random UUID). */
    static final UUID NAMESPACE = UUID.fromString("6f0c4d7e-93a1-4b52-8e1f-2d6a9c3b7e05");

    private EventIds() {
    }

    public static UUID of(String applicationId, long version, String type, String... told) {
        StringBuilder name = new StringBuilder().append(applicationId).append('/').append(version).append('/').append(type);
        for (String part : told) {
            // Length-prefixed, so ("a/b", "c") and ("a", "b/c") never read the same.
            String value = part == null ? "" : part;
            name.append('/').append(value.length()).append(':').append(value);
        }
        return nameBased(NAMESPACE, name.toString());
    }

    /** RFC 9562 §5.5: a version 5 UUID of {@code name} in {@code namespace}. */
    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
