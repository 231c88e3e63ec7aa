package se.icld.gendernetwork.contracts.calls;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks a configured list of things with ids shares (the calls, review-service's criteria, which
 * a call names by id): every id of the form {@link #ID} and used once, every text in each of
 * {@link #LANGUAGES}. A problem is named by where it is configured ({@code network.calls[1].id ...}).
 */
public final class ConfiguredLists {

    /** Lower-case letters, digits and hyphens, starting with a letter: a safe key in JSON, MongoDB and form fields. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** The languages every configured text is written in. */
    public static final List<String> LANGUAGES = List.of("es", "en", "sv");

    private ConfiguredLists() {
    }

    /** Whether {@code id} is of the form {@link #ID}. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Checks the items of the list configured at {@code path}, in order: first the item's id (of the form
     * {@link #ID}, not used by an earlier {@code noun}), then whatever else {@code more} checks, given the
     * item and where it is configured ({@code path[i]}). Each problem is added to {@code problems}.
     */
    public static <T> void check(List<T> items, String path, String noun, Function<T, String> id,
            List<String> problems, BiConsumer<T, String> more) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String where = path + "[" + i + "]";
            String itemId = id.apply(item);
            if (!isId(itemId)) {
                problems.add(where + ".id must be lower-case letters, digits and hyphens, starting with a letter (at most 40), not '"
                        + itemId + "'");
            } else if (!seen.add(itemId)) {
                problems.add(where + ".id '" + itemId + "' is used by an earlier " + noun + "; ids must be unique");
            }
            more.accept(item, where);
        }
    }
}
