package se.icld.gendernetwork.review.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;

/** The one valid submission of review's tests (a fresh event id each time), for the aggregate and its stores. */
public final class Submissions {

    private Submissions() {
    }

    /** A submission from Panajachel (GT), submitted at {@code submittedAt}. */
    public static InterestSubmitted submission(UUID id, Instant submittedAt) {
        return submission(id, submittedAt, "GT");
    }

    public static InterestSubmitted submission(UUID id, Instant submittedAt, String country) {
        return new InterestSubmitted(UUID.randomUUID(), submittedAt, id, "GEN-7K3Q-9XDA", "hash",
                new InterestSubmitted.Applicant("María López", "maria.lopez@example.org", null, "Directora", "es"),
                new InterestSubmitted.Municipality("Panajachel", "Sololá", country),
                "Queremos unirnos a la red para fortalecer la participación política de las mujeres.",
                List.of("POLITICAL_PARTICIPATION"), new InterestSubmitted.Workshops(true, true), true, true,
                new InterestSubmitted.Consent(true, "2024-01"));
    }

    /**
     * A submission to the partnership programme ({@code partnership-2025}) from {@code municipality}
     * ({@code country}), naming the network application {@code networkReference} and the Swedish
     * municipality wished for ({@code null}: no preference).
     */
    public static InterestSubmitted partnership(UUID id, Instant submittedAt, String networkReference,
            String swedishMunicipality, String municipality, String country) {
        return new InterestSubmitted(UUID.randomUUID(), submittedAt, id, "GEN-M4PZ-2WQT", "hash",
                new InterestSubmitted.Applicant("María López", "maria.lopez@example.org", null, "Directora", "es"),
                new InterestSubmitted.Municipality(municipality, "Sololá", country),
                "Queremos trabajar con un municipio sueco en la prevención de la violencia de género.",
                List.of("GENDER_BASED_VIOLENCE"), new InterestSubmitted.Workshops(false, false), true, true,
                new InterestSubmitted.Consent(true, "2024-01"), "partnership-2025",
                new InterestSubmitted.Partnership(networkReference, swedishMunicipality));
    }
}
