package se.icld.gendernetwork.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.registration.Registrations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Network and partnership applications for the partnership tests, each with a reference of its own (the
 * golden samples' references are shared by every other test's applications), registered as the consumer would.
 */
public final class PartnershipSubmissions {

    private PartnershipSubmissions() {
    }

    /** A reference nobody else's test uses. */
    public static String newReference() {
        String letters = UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT);
        return "GEN-" + letters.substring(0, 4) + "-" + letters.substring(4, 8);
    }

    /** Registers a network application from {@code municipality} with {@code reference}; returns its id. */
    public static UUID network(Registrations registrations, JsonMapper json, String reference, String municipality,
            String fullName) {
        UUID id = UUID.randomUUID();
        InterestSubmitted s = json.readValue(GoldenSamples.json("InterestSubmitted")
                .replace("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f", id.toString())
                .replace("0b6f1c7e-3a55-4c1e-9d7a-2f0c8d1e5a01", UUID.randomUUID().toString())
                .replace("GEN-7K3Q-9XDA", reference)
                .replace("\"Panajachel\"", "\"" + municipality + "\"")
                .replace("María López", fullName), InterestSubmitted.class);
        registrations.register(withTime(s));
        return id;
    }

    /**
     * Registers an application to the partnership programme from {@code municipality} ({@code country})
     * naming {@code networkReference}, wishing for {@code swedishMunicipality} (null: no preference) and
     * writing in {@code language}; returns its id.
     */
    public static UUID partnership(Registrations registrations, JsonMapper json, String networkReference,
            String swedishMunicipality, String municipality, String country, String language) {
        UUID id = UUID.randomUUID();
        InterestSubmitted s = json.readValue(GoldenSamples.json("InterestSubmitted-partnership")
                .replace("7a2e3d4c-9b8f-3d5e-8f1a-2b3c4d5e6f70", id.toString())
                .replace("0b6f1c7e-3a55-4c1e-9d7a-2f0c8d1e5a02", UUID.randomUUID().toString())
                .replace("GEN-M4PZ-2WQT", newReference())
                .replace("\"Panajachel\"", "\"" + municipality + "\"")
                .replace("\"country\": \"GT\"", "\"country\": \"" + country + "\"")
                .replace("\"preferredLanguage\": \"es\"", "\"preferredLanguage\": \"" + language + "\""),
                InterestSubmitted.class);
        registrations.register(withTime(new InterestSubmitted(s.eventId(), s.occurredAt(), s.submissionId(), s.reference(),
                s.contentHash(), s.applicant(), s.municipality(), s.motivation(), s.focusAreas(), s.workshops(),
                s.partnershipInterest(), s.mentorshipInterest(), s.consent(), s.callId(),
                new InterestSubmitted.Partnership(networkReference, swedishMunicipality))));
        return id;
    }

    private static InterestSubmitted withTime(InterestSubmitted s) {
        return new InterestSubmitted(s.eventId(), Instant.now().truncatedTo(ChronoUnit.MILLIS), s.submissionId(),
                s.reference(), s.contentHash(), s.applicant(), s.municipality(), s.motivation(), s.focusAreas(),
                s.workshops(), s.partnershipInterest(), s.mentorshipInterest(), s.consent(), s.callId(), s.partnership());
    }
}
