package se.icld.gendernetwork.review.application.persistence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.application.Status;

/**
 * The read side over the {@code applications} collection. The queue's filters and orders use the
 * indexes {@link ApplicationIndexes} declares (the municipality is an anchored prefix; the free-text
 * part is an unanchored regex and filters what they select); paging by position works in every order
 * (a keyset: the keys after the position's values); counts are {@code $group}s; the median time to a first decision reads
 * one or two values of the {@code decisionMillis} index (set by {@link MongoApplications} with
 * {@code $min} when an application is first decided) after a count.
 */
@Repository
@RequiredArgsConstructor
class MongoApplicationQueries implements ApplicationQueries {

    static final String DECISION_MILLIS = "decisionMillis";
    /** The mean score of the current reviews, null without one: written by {@link MongoApplications} with every change. */
    static final String REVIEW_AVERAGE = "reviewAverage";
    /** Who an application is assigned to (a list of reviewers), where assignments are used. */
    static final String ASSIGNEES = "assignees";
    /** The call an application was submitted to; absent on documents from before calls (the default call's). */
    static final String CALL_ID = "callId";
    /** The reviewers who declared a conflict of interest with an application (a field of its conflicts). */
    static final String CONFLICT_REVIEWER = "conflicts.reviewer";

    private final MongoTemplate mongo;

    @Override
    public List<Application> queue(QueueFilter filter, QueueOrder order, long skip, int limit) {
        Query query = matching(filter).with(sort(order, false)).skip(skip).limit(limit);
        listed(query);
        return mongo.find(query, Application.class, MongoApplications.COLLECTION);
    }

    @Override
    public List<Application> queueAfter(QueueFilter filter, QueueOrder order, QueuePosition after, int limit,
            boolean backwards) {
        List<Criteria> criteria = criteria(filter);
        criteria.add(after(keys(order, backwards), values(order, after)));
        Query query = new Query(new Criteria().andOperator(criteria)).with(sort(order, backwards)).limit(limit);
        listed(query);
        return mongo.find(query, Application.class, MongoApplications.COLLECTION);
    }

    @Override
    public Stream<Application> stream(QueueFilter filter, QueueOrder order) {
        return mongo.stream(matching(filter).with(sort(order, false)), Application.class, MongoApplications.COLLECTION);
    }

    /** What a queue's list leaves out of each document. */
    private static void listed(Query query) {
        query.fields().exclude("outbox", "notes", "history", "supersededReviews");
    }

    /**
     * Counted as the applications the filter's other conditions match less those among them the reader
     * declared a conflict of interest with: the first is often one indexed condition (a call's
     * applications), which MongoDB counts from the index without reading a document (COUNT_SCAN), where
     * "no conflict of the reader's" ({@code $ne}) would have it read every application matched; the
     * second reads only the reader's conflicts (index {@code conflicts_by_reviewer}). With no other
     * condition (every application of every call: the API's default), the first is the collection's own
     * count, from its metadata ({@code estimatedDocumentCount}): a {@code countDocuments} of nothing
     * would read every document, on MongoDB as on the local stack. After an unclean shutdown of a MongoDB
     * node that figure can be off until the collection is validated. The two counts are not one
     * snapshot, as no count of a changing collection is.
     */
    @Override
    public long count(QueueFilter filter) {
        List<Criteria> criteria = criteriaBesideConflicts(filter);
        long matched = criteria.isEmpty() ? mongo.estimatedCount(MongoApplications.COLLECTION)
                : mongo.count(matching(criteria), MongoApplications.COLLECTION);
        if (filter.reader() == null || matched == 0) {
            return matched;
        }
        List<Criteria> conflicted = new ArrayList<>(criteria);
        conflicted.add(where(CONFLICT_REVIEWER).is(filter.reader()));
        return Math.max(0, matched - mongo.count(matching(conflicted), MongoApplications.COLLECTION));
    }

    /** A sort key: a field and whether it ascends. */
    private record Key(String field, boolean ascending) {

        Key reversed() {
            return new Key(field, !ascending);
        }
    }

    /**
     * The order's keys, each order total (it ends with submission time and id). The average score
     * descends: MongoDB orders null (no review) below every number, so those come last.
     */
    private static List<Key> keys(QueueOrder order, boolean backwards) {
        List<Key> keys = switch (order) {
            case OLDEST -> List.of(new Key("submittedAt", true), new Key("_id", true));
            case NEWEST -> List.of(new Key("submittedAt", false), new Key("_id", false));
            case SCORE -> List.of(new Key(REVIEW_AVERAGE, false), new Key("submittedAt", true), new Key("_id", true));
            case MUNICIPALITY -> List.of(new Key("municipality.name", true), new Key("submittedAt", true),
                    new Key("_id", true));
        };
        return backwards ? keys.stream().map(Key::reversed).toList() : keys;
    }

    private static List<Object> values(QueueOrder order, QueuePosition at) {
        List<Object> values = new ArrayList<>();
        if (order == QueueOrder.SCORE) {
            values.add(at.score());
        } else if (order == QueueOrder.MUNICIPALITY) {
            values.add(at.municipality());
        }
        values.add(at.submittedAt());
        values.add(at.id());
        return values;
    }

    private static Sort sort(QueueOrder order, boolean backwards) {
        return Sort.by(keys(order, backwards).stream()
                .map(k -> k.ascending() ? Sort.Order.asc(k.field()) : Sort.Order.desc(k.field())).toList());
    }

    /**
     * Strictly after {@code values} in the order of {@code keys}: for some key, the keys before it
     * equal and that key beyond its value. Null (a missing value) is below every value, as MongoDB
     * orders it.
     */
    private static Criteria after(List<Key> keys, List<Object> values) {
        List<Criteria> branches = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Optional<Criteria> beyond = beyond(keys.get(i), values.get(i));
            if (beyond.isEmpty()) {
                continue;
            }
            List<Criteria> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                parts.add(where(keys.get(j).field()).is(values.get(j)));
            }
            parts.add(beyond.get());
            branches.add(parts.size() == 1 ? parts.get(0) : new Criteria().andOperator(parts));
        }
        // Nothing lies beyond: a criterion no document meets.
        return branches.isEmpty() ? where("_id").in(List.of())
                : branches.size() == 1 ? branches.get(0) : new Criteria().orOperator(branches);
    }

    /** The key beyond {@code value} in its direction; empty when nothing is (below null, descending). */
    private static Optional<Criteria> beyond(Key key, Object value) {
        if (key.ascending()) {
            return Optional.of(value == null ? where(key.field()).ne(null) : where(key.field()).gt(value));
        }
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(new Criteria().orOperator(where(key.field()).lt(value), where(key.field()).is(null)));
    }

    private static Query matching(QueueFilter filter) {
        return matching(criteria(filter));
    }

    private static Query matching(List<Criteria> criteria) {
        return criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
    }

    private static final List<Status> UNDECIDED = List.of(Status.RECEIVED, Status.IN_REVIEW, Status.INFO_REQUESTED);

    /** One criterion per field, so they can be added to a query one by one. */
    private static List<Criteria> criteria(QueueFilter filter) {
        List<Criteria> criteria = criteriaBesideConflicts(filter);
        if (filter.reader() != null) {
            criteria.add(where(CONFLICT_REVIEWER).ne(filter.reader()));
        }
        return criteria;
    }

    /** The criteria but the reader's conflicts of interest. */
    private static List<Criteria> criteriaBesideConflicts(QueueFilter filter) {
        List<Criteria> criteria = new ArrayList<>(view(filter));
        if (hasText(filter.callId())) {
            criteria.add(inCall(filter.callId().strip()));
        }
        if (filter.status() != null) {
            criteria.add(where("status").is(filter.status()));
        }
        if (hasText(filter.country())) {
            criteria.add(where("municipality.country").is(filter.country().strip().toUpperCase(Locale.ROOT)));
        }
        if (hasText(filter.municipality())) {
            // Anchored: the start of the name, so an index on the name can serve the prefix.
            criteria.add(where("municipality.name").regex(startsWith(filter.municipality())));
        }
        if (hasText(filter.focusArea())) {
            criteria.add(where("interest.focusAreas").is(filter.focusArea().strip()));
        }
        if ("local".equals(filter.workshop())) {
            criteria.add(where("interest.localWorkshop").is(true));
        } else if ("sweden".equals(filter.workshop())) {
            criteria.add(where("interest.swedenWorkshop").is(true));
        }
        if (hasText(filter.language())) {
            criteria.add(where("applicant.language").is(filter.language().strip()));
        }
        if (hasText(filter.text())) {
            Pattern text = contains(filter.text());
            criteria.add(new Criteria().orOperator(
                    where("applicant.fullName").regex(text),
                    where("municipality.name").regex(text),
                    where("reference").regex(text)));
        }
        return criteria;
    }

    /** The view's criteria (see {@link QueueView}). */
    private static List<Criteria> view(QueueFilter filter) {
        String me = filter.reader();
        return switch (filter.view()) {
            case ALL -> List.of();
            case OPEN -> List.of(where("status").in(UNDECIDED));
            case MINE -> List.of(where("claim.reviewer").is(me), where("claim.until").gt(filter.now()));
            case UNCLAIMED -> List.of(where("status").in(UNDECIDED),
                    new Criteria().orOperator(where("claim").is(null), where("claim.until").lte(filter.now())));
            case NEEDS_REVIEW -> List.of(where("status").in(UNDECIDED), where("reviews.by").ne(me),
                    // assignees: absent, null or empty is "not assigned", open to every reviewer
                    new Criteria().orOperator(where(ASSIGNEES).is(null), where(ASSIGNEES).size(0),
                            where(ASSIGNEES).is(me)));
            case NEEDS_DECISION -> List.of(where("status").in(UNDECIDED), where("reviews.0").exists(true));
        };
    }

    /**
     * The applications to {@code callId}: those that name it, and for the default call also those that
     * name none (registered before calls existed). One {@code $in} on {@code callId}, which the index
     * {@code queue_by_call} serves.
     */
    static Criteria inCall(String callId) {
        return Calls.DEFAULT_CALL.equals(callId) ? where(CALL_ID).in(callId, null) : where(CALL_ID).is(callId);
    }

    /** {@link #inCall(String)} as an aggregation's {@code $match} filter. */
    static Document inCallDocument(String callId) {
        return Calls.DEFAULT_CALL.equals(callId)
                ? new Document(CALL_ID, new Document("$in", java.util.Arrays.asList(callId, null)))
                : new Document(CALL_ID, callId);
    }

    private static Aggregation scoped(String callId, AggregationOperation... stages) {
        List<AggregationOperation> all = new ArrayList<>();
        if (hasText(callId)) {
            all.add(match(inCall(callId)));
        }
        all.addAll(List.of(stages));
        return newAggregation(all);
    }

    private static Map<Status, Long> zeroes() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        return counts;
    }

    @Override
    public Map<Status, Long> countByStatus(String callId) {
        Map<Status, Long> counts = zeroes();
        for (Document row : mongo.aggregate(scoped(callId, group("status").count().as("n")),
                MongoApplications.COLLECTION, Document.class)) {
            counts.put(Status.valueOf(row.getString("_id")), ((Number) row.get("n")).longValue());
        }
        return counts;
    }

    @Override
    public Map<String, Map<Status, Long>> countByCallAndStatus() {
        Map<String, Map<Status, Long>> counts = new TreeMap<>();
        for (Document row : mongo.aggregate(newAggregation(group(Fields.from(Fields.field("call", CALL_ID),
                Fields.field("status"))).count().as("n")), MongoApplications.COLLECTION, Document.class)) {
            Document key = row.get("_id", Document.class);
            String call = key.getString("call");
            counts.computeIfAbsent(call == null ? Calls.DEFAULT_CALL : call, c -> zeroes())
                    .merge(Status.valueOf(key.getString("status")), ((Number) row.get("n")).longValue(), Long::sum);
        }
        return counts;
    }

    @Override
    public Map<String, Map<Status, Long>> countByCountryAndStatus(String callId) {
        Map<String, Map<Status, Long>> counts = new TreeMap<>();
        for (Document row : mongo.aggregate(scoped(callId, group(Fields.from(Fields.field("country", "municipality.country"),
                Fields.field("status"))).count().as("n")), MongoApplications.COLLECTION, Document.class)) {
            Document key = row.get("_id", Document.class);
            counts.computeIfAbsent(key.getString("country"), c -> new EnumMap<>(Status.class))
                    .merge(Status.valueOf(key.getString("status")), ((Number) row.get("n")).longValue(), Long::sum);
        }
        return counts;
    }

    @Override
    public DecisionTimes timesToFirstDecision(String callId) {
        Criteria decided = hasText(callId) ? new Criteria().andOperator(where(DECISION_MILLIS).exists(true), inCall(callId))
                : where(DECISION_MILLIS).exists(true);
        long n = mongo.count(query(decided), MongoApplications.COLLECTION);
        if (n == 0) {
            return new DecisionTimes(0, null);
        }
        Query middle = query(decided).with(Sort.by(DECISION_MILLIS)).skip((n - 1) / 2).limit(n % 2 == 1 ? 1 : 2);
        middle.fields().include(DECISION_MILLIS).exclude("_id");
        List<Long> values = mongo.find(middle, Document.class, MongoApplications.COLLECTION).stream()
                .map(d -> ((Number) d.get(DECISION_MILLIS)).longValue()).toList();
        long median = values.size() == 1 ? values.get(0) : (values.get(0) + values.get(1)) / 2;
        return new DecisionTimes(n, Duration.ofMillis(median));
    }

    @Override
    public Stream<Application> allOldestFirst() {
        return mongo.stream(new Query().with(Sort.by("submittedAt", "_id")), Application.class,
                MongoApplications.COLLECTION);
    }

    @Override
    public List<java.util.UUID> closedBefore(java.time.Instant cutoff, int limit) {
        Query closed = query(where("erasure").is(null).orOperator(
                where("status").in(Status.OUTCOMES).and("decision.at").lt(cutoff),
                where("status").is(Status.WITHDRAWN).and("updatedAt").lt(cutoff)))
                .with(Sort.by("submittedAt", "_id")).limit(limit);
        closed.fields().include("_id");
        return mongo.find(closed, Document.class, MongoApplications.COLLECTION).stream()
                .map(d -> java.util.UUID.fromString(d.getString("_id"))).toList();
    }

    @Override
    public List<Application> undecidedOldestFirst(int limit) {
        Query open = query(where("status").in(UNDECIDED).and("erasure").is(null))
                .with(Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("_id"))).limit(limit);
        open.fields().exclude("outbox", "motivation", "notes", "history", "supersededReviews");
        return mongo.find(open, Application.class, MongoApplications.COLLECTION);
    }

    @Override
    public Map<String, Long> assignedLoad() {
        Map<String, Long> load = new TreeMap<>();
        for (Document row : mongo.aggregate(newAggregation(
                match(where("status").in(UNDECIDED)
                        .and("assignees.0").exists(true)),
                unwind("assignees"),
                group("assignees").count().as("n")), MongoApplications.COLLECTION, Document.class)) {
            load.put(row.getString("_id"), ((Number) row.get("n")).longValue());
        }
        return load;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static Pattern startsWith(String text) {
        return Pattern.compile("^" + Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern contains(String text) {
        return Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
