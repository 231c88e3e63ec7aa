package se.icld.gendernetwork.review.criteria;

import java.util.Locale;
import java.util.Map;

/**
 * One review criterion of the call: a stable {@code id} (the key of a review's scores, in the API
 * and in the stored documents) and its name in each of the console's languages (es, en, sv).
 */
public record Criterion(String id, Map<String, String> name) {

    public Criterion {
        name = name == null ? Map.of() : Map.copyOf(name);
    }

    /** The name in {@code locale}'s language (es, en or sv), Spanish for any other. */
    public String nameIn(Locale locale) {
        String named = name.get(locale.getLanguage());
        return named != null ? named : name.get("es");
    }
}
