package se.icld.gendernetwork.localinfra;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * Chooses, for one query, the {@link SecondaryIndex} that names the fewest documents to read, or none. A
 * plan only narrows: its positions include every document that can match, and the collection still
 * matches each one against the whole query (and sorts them, unless the plan reads them in the requested
 * order). The kinds of plan, as MongoDB's planner would consider them:
 * <ul>
 * <li><b>first key pinned</b>: the query gives the index's first key one value or a list of values
 * ({@code {status: "RECEIVED"}}, {@code {status: {$in: [...]}}}): the documents with those values. With a
 * sort on the next keys they are read in that order: one value's group as it stands, several values'
 * groups merged as they are read (MongoDB's SORT_MERGE), so a page reads about a page;
 * <li><b>in sort order</b>: the index's keys are the sort's, so reading it in order (or backwards) and
 * stopping when the page is full reads about as many documents as the page holds when most match;
 * <li><b>partial</b>: the query repeats the index's partial filter ({@code {outboxSince: {$exists: true}}}):
 * only the index's documents, in the index's order.
 * </ul>
 * Costs are estimates in documents read: the pinned groups' sizes, the partial index's size, and for an
 * ordered read with a page size twenty times the page (a guess at the share that matches), at most the
 * whole index.
 */
final class QueryPlanner {

    /** How many documents an ordered read is guessed to read for each one on the page. */
    private static final long ORDERED_READ_FACTOR = 20;

    /** The positions to read, and whether they come in the query's sort order (then nothing is sorted). */
    record Plan(Stream<Object> positions, boolean ordered, long cost) {
    }

    private enum Direction { FORWARD, BACKWARD }

    private QueryPlanner() {
    }

    static Plan plan(List<SecondaryIndex> indexes, Document query, Document orderBy, int skip, int limit) {
        if (indexes.isEmpty() || (orderBy != null && orderBy.containsKey("$natural"))) {
            return null;
        }
        Map<String, Object> conditions = conditions(query);
        boolean sorted = orderBy != null && !orderBy.isEmpty();
        Plan best = null;
        for (SecondaryIndex index : indexes) {
            if (index.partialFilter() != null && !repeats(conditions, index.partialFilter())) {
                continue;
            }
            List<String> keys = index.keyNames();
            Plan candidate = null;
            List<Object> values = conditions.containsKey(keys.get(0))
                    ? pinnedValues(conditions.get(keys.get(0)), !index.isMultikey()) : null;
            if (values != null) {
                Direction direction = index.isMultikey() ? null : direction(orderBy, keys, index, 1);
                // In the order of the next keys: the values' groups merged as they are read (one group as it is).
                Stream<Object> positions = sorted && direction != null
                        ? index.positionsWithFirstKeyInOrder(values, direction == Direction.BACKWARD)
                        : index.positionsWithFirstKeyIn(values);
                candidate = new Plan(positions, direction != null || !sorted, index.countFirstKeyIn(values));
            } else if (sorted && !index.isMultikey() && direction(orderBy, keys, index, 0) != null
                    && (limit > 0 || index.partialFilter() != null)) {
                long cost = index.partialFilter() != null ? index.getCount()
                        : Math.min(index.getCount(), (skip + (long) limit) * ORDERED_READ_FACTOR);
                candidate = new Plan(index.positionsInOrder(direction(orderBy, keys, index, 0) == Direction.BACKWARD),
                        true, cost);
            } else if (index.partialFilter() != null) {
                candidate = new Plan(index.positionsInOrder(false), !sorted, index.getCount());
            }
            if (candidate != null && (best == null || candidate.cost() < best.cost()
                    || (candidate.cost() == best.cost() && candidate.ordered() && !best.ordered()))) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The conditions the query puts on fields: its top-level fields and those of the documents in a
     * top-level {@code $and} (all must hold, so each narrows); a field's first condition when it has two.
     * {@code $or}, {@code $nor} and {@code $expr} narrow nothing here.
     */
    static Map<String, Object> conditions(Document query) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (entry.getKey().equals("$and") && entry.getValue() instanceof List<?> all) {
                for (Object part : all) {
                    if (part instanceof Document d) {
                        d.forEach((field, condition) -> {
                            if (!field.startsWith("$")) {
                                conditions.putIfAbsent(field, condition);
                            }
                        });
                    }
                }
            } else if (!entry.getKey().startsWith("$")) {
                conditions.putIfAbsent(entry.getKey(), entry.getValue());
            }
        }
        return conditions;
    }

    /**
     * The query's one condition, when it has exactly one: one field at the top level or alone in a
     * top-level {@code $and}, and no operator ({@code $or}, {@code $expr}, ...) beside it; null otherwise.
     */
    static Map.Entry<String, Object> onlyCondition(Document query) {
        Map<String, Object> fields = new LinkedHashMap<>();
        int conditions = 0;
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (entry.getKey().equals("$and") && entry.getValue() instanceof List<?> all) {
                for (Object part : all) {
                    if (!(part instanceof Document d)) {
                        return null;
                    }
                    for (Map.Entry<String, Object> condition : d.entrySet()) {
                        if (condition.getKey().startsWith("$")) {
                            return null;
                        }
                        fields.put(condition.getKey(), condition.getValue());
                        conditions++;
                    }
                }
            } else if (entry.getKey().startsWith("$")) {
                return null;
            } else {
                fields.put(entry.getKey(), entry.getValue());
                conditions++;
            }
        }
        return conditions == 1 ? fields.entrySet().iterator().next() : null;
    }

    /** The query repeats each condition of the filter exactly. */
    private static boolean repeats(Map<String, Object> conditions, Document filter) {
        for (Map.Entry<String, Object> condition : filter.entrySet()) {
            if (!conditions.containsKey(condition.getKey())
                    || !Objects.equals(conditions.get(condition.getKey()), condition.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values a condition pins a field to: a plain value, {@code {$eq: v}} or {@code {$in: [...]}} of plain
     * values; null otherwise (a range, a regex, an array or a sub-document to match exactly, {@code $ne}).
     * A null (the field missing or null) only where every document has exactly one entry: a document with
     * an empty array has none.
     */
    static List<Object> pinnedValues(Object condition, boolean nullAllowed) {
        if (condition instanceof Document d) {
            if (d.size() == 1 && d.get("$eq") != null && plain(d.get("$eq"), nullAllowed)) {
                return List.of(d.get("$eq"));
            }
            if (d.size() == 1 && d.get("$in") instanceof List<?> in && !in.isEmpty()) {
                List<Object> values = new ArrayList<>();
                for (Object v : in) {
                    if (!plain(v, nullAllowed)) {
                        return null;
                    }
                    values.add(v);
                }
                return values;
            }
            return null;
        }
        return plain(condition, nullAllowed) ? Collections.singletonList(condition) : null;
    }

    private static boolean plain(Object value, boolean nullAllowed) {
        return value == null ? nullAllowed
                : value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date
                        || value instanceof Instant || value instanceof UUID || value instanceof ObjectId;
    }

    /**
     * Whether the index, from its key {@code from} on, has the sort's fields in the sort's directions
     * (forward) or all of them reversed (backward); no sort is in any order.
     */
    private static Direction direction(Document orderBy, List<String> keys, SecondaryIndex index, int from) {
        if (orderBy == null || orderBy.isEmpty()) {
            return Direction.FORWARD;
        }
        if (orderBy.size() > keys.size() - from) {
            return null;
        }
        Boolean reversed = null;
        int i = from;
        for (Map.Entry<String, Object> sort : orderBy.entrySet()) {
            if (!sort.getKey().equals(keys.get(i)) || !(sort.getValue() instanceof Number n)) {
                return null;
            }
            boolean ascending = n.doubleValue() > 0;
            boolean opposite = ascending != index.getKeys().get(i).isAscending();
            if (reversed == null) {
                reversed = opposite;
            } else if (reversed != opposite) {
                return null;
            }
            i++;
        }
        return reversed ? Direction.BACKWARD : Direction.FORWARD;
    }
}
