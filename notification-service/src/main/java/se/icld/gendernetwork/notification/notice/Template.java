package se.icld.gendernetwork.notification.notice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The emails there are. The wire name ({@code receipt}, {@code decision-accepted}, …: the constant in
 * lower case, words joined by {@code -}) is what the log entries, the Message-IDs, the metrics'
 * {@code template} tag, the deliveries topic and the template files
 * ({@code templates/mail/<language>/<wire>.html}) use; it never changes ({@code TemplateTest}).
 */
public enum Template {

    RECEIPT,
    INFORMATION_REQUEST,
    DECISION_ACCEPTED,
    DECISION_WAITLISTED,
    DECISION_REJECTED,
    WITHDRAWAL,
    /** To a new address the applicant gave: confirm it (the link) before it is used. */
    EMAIL_CONFIRMATION,
    /** To the application's address: confirm (the link) the erasure asked for from the status page. */
    ERASURE_CONFIRMATION,
    /** To the applicant of an accepted partnership: who their mentor is (again when the mentor changes). */
    MENTOR_ASSIGNED;

    private final String wire = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String wire() {
        return wire;
    }

    /** The template of that wire name, if there is one. */
    public static Optional<Template> fromWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }

    /**
     * The template of a decision's outcome ({@code ACCEPTED}, {@code WAITLISTED}, {@code REJECTED}).
     *
     * @throws IllegalArgumentException any other outcome, or none
     */
    static Template decision(String outcome) {
        if (outcome == null) {
            throw new IllegalArgumentException("unknown outcome");
        }
        return switch (outcome) {
            case "ACCEPTED" -> DECISION_ACCEPTED;
            case "WAITLISTED" -> DECISION_WAITLISTED;
            case "REJECTED" -> DECISION_REJECTED;
            default -> throw new IllegalArgumentException("unknown outcome");
        };
    }
}
