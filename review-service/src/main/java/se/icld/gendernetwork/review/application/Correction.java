package se.icld.gendernetwork.review.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the applicant may correct while nobody has started on the application (see
 * {@link Application#correct}): contact details, position, motivation and focus areas, checked and
 * normalised by the caller with the submission rules. A {@code null} value keeps what the
 * application holds; {@code phone} is the one optional field, so {@link #NO_PHONE} removes it.
 */
public record Correction(String fullName, String email, String phone, String position, String motivation,
        List<String> focusAreas) {

    /** The phone value that removes the phone number. */
    public static final String NO_PHONE = "";

    /** The email address's field path. */
    public static final String EMAIL = "applicant.email";

    /**
     * How a {@code CORRECTED} history entry names a new email address: by where it waits (the
     * application's {@code pendingEmail}), not as a changed {@link #EMAIL}, which changes only at
     * {@code EMAIL_CONFIRMED}. Entries written before this name said {@code applicant.email}.
     */
    public static final String PENDING_EMAIL = "pendingEmail";

    /** The field paths a correction may name, as the submission rules and the API spell them, in this order. */
    public static final List<String> FIELDS = List.of("applicant.fullName", "applicant.email", "applicant.phone",
            "applicant.position", "motivation", "focusAreas");

    public Correction {
        focusAreas = focusAreas == null ? null : List.copyOf(focusAreas);
    }

    /** The fields whose value differs from what {@code applicant}, {@code motivation} and {@code focus} hold. */
    List<String> changedFrom(Applicant applicant, String currentMotivation, List<String> focus) {
        List<String> changed = new ArrayList<>();
        differs(changed, "applicant.fullName", fullName, applicant.fullName());
        differs(changed, EMAIL, email, applicant.email());
        if (phone != null && !Objects.equals(phone.isEmpty() ? null : phone, applicant.phone())) {
            changed.add("applicant.phone");
        }
        differs(changed, "applicant.position", position, applicant.position());
        differs(changed, "motivation", motivation, currentMotivation);
        if (focusAreas != null && !focusAreas.equals(focus)) {
            changed.add("focusAreas");
        }
        return changed;
    }

    private static void differs(List<String> changed, String field, String corrected, String current) {
        if (corrected != null && !corrected.equals(current)) {
            changed.add(field);
        }
    }
}
