package se.icld.gendernetwork.review.application;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The mentor of an accepted partnership, as an admin recorded them: {@code name} and {@code organisation}
 * (the mentor's organisation or municipality), each 1 to {@link #MAX_TEXT} characters, and an optional
 * {@code email}; {@code by} and {@code at} say who recorded them and when.
 */
public record Mentor(String name, String organisation, String email, String by, Instant at) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * A mentor from what an admin typed: texts stripped, a blank email as none.
     *
     * @throws IllegalArgumentException a blank or too long name or organisation, or an email that is not one
     */
    public static Mentor of(String name, String organisation, String email, String by, Instant at) {
        String n = text(name, "name");
        String o = text(organisation, "organisation");
        String e = email == null || email.isBlank() ? null : email.strip();
        if (e != null && (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches())) {
            throw new IllegalArgumentException("the mentor's email is not an email address");
        }
        return new Mentor(n, o, e, by, at);
    }

    /** The same person: name, organisation and email equal (who recorded them and when do not count). */
    public boolean sameAs(Mentor other) {
        return other != null && name.equals(other.name) && organisation.equals(other.organisation)
                && Objects.equals(email, other.email);
    }

    private static String text(String value, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the mentor's " + what + " is 1 to " + MAX_TEXT + " characters");
        }
        return v;
    }
}
