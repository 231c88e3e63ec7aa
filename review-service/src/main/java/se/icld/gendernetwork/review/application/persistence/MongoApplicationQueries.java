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
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.Status;

/**
 * The read side over the {@code applications} collection. The queue's filters and order use the
 * indexes {@link ApplicationIndexes} declares (the free-text part is an unanchored regex and
 * filters what they select); counts are {@code $group}s; the median time to a first decision reads
 * one or two values of the {@code decisionMillis} index (set by {@link MongoApplications} with
 * {@code $min} when an application is first decided) after a count.
 */
@Repository
class MongoApplicationQueries implements ApplicationQueries {

    static final String DECISION_MILLIS = "decisionMillis";

    private final MongoTemplate mongo;

    MongoApplicationQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Application> queue(QueueFilter filter, long skip, int limit) {
        Query query = matching(filter)
                .with(Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("_id")))
                .skip(skip).limit(limit);
        query.fields().exclude("outbox", "motivation", "notes");
        return mongo.find(query, Application.class, MongoApplications.COLLECTION);
    }

    @Override
    public List<Application> queueAfter(QueueFilter filter, QueuePosition after, int limit) {
        Criteria later = new Criteria().orOperator(where("submittedAt").gt(after.submittedAt()),
                where("submittedAt").is(after.submittedAt()).and("_id").gt(after.id()));
        Query query = new Query(new Criteria().andOperator(later))
                .with(Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("_id"))).limit(limit);
        criteria(filter).forEach(query::addCriteria);
        query.fields().exclude("outbox", "motivation", "notes");
        return mongo.find(query, Application.class, MongoApplications.COLLECTION);
    }

    @Override
    public long count(QueueFilter filter) {
        return mongo.count(matching(filter), MongoApplications.COLLECTION);
    }

    private static Query matching(QueueFilter filter) {
        List<Criteria> criteria = criteria(filter);
        return criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
    }

    /** One criterion per field, so they can be added to a query one by one. */
    private static List<Criteria> criteria(QueueFilter filter) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.status() != null) {
            criteria.add(where("status").is(filter.status()));
        }
        if (hasText(filter.country())) {
            criteria.add(where("municipality.country").is(filter.country().strip().toUpperCase(Locale.ROOT)));
        }
        if (hasText(filter.municipality())) {
            criteria.add(where("municipality.name").regex(contains(filter.municipality())));
        }
        if (hasText(filter.text())) {
            Pattern text = contains(filter.text());
            criteria.add(new Criteria().orOperator(
                    where("applicant.fullName").regex(text),
                    where("municipality.name").regex(text),
                    where("reference").regex(text)));
        }
        if (filter.reader() != null) {
            criteria.add(where("conflicts.reviewer").ne(filter.reader()));
        }
        return criteria;
    }

    @Override
    public Map<Status, Long> countByStatus() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        for (Document row : mongo.aggregate(newAggregation(group("status").count().as("n")),
                MongoApplications.COLLECTION, Document.class)) {
            counts.put(Status.valueOf(row.getString("_id")), ((Number) row.get("n")).longValue());
        }
        return counts;
    }

    @Override
    public Map<String, Map<Status, Long>> countByCountryAndStatus() {
        Map<String, Map<Status, Long>> counts = new TreeMap<>();
        for (Document row : mongo.aggregate(newAggregation(group(Fields.from(Fields.field("country", "municipality.country"),
                Fields.field("status"))).count().as("n")), MongoApplications.COLLECTION, Document.class)) {
            Document key = row.get("_id", Document.class);
            counts.computeIfAbsent(key.getString("country"), c -> new EnumMap<>(Status.class))
                    .merge(Status.valueOf(key.getString("status")), ((Number) row.get("n")).longValue(), Long::sum);
        }
        return counts;
    }

    @Override
    public DecisionTimes timesToFirstDecision() {
        Criteria decided = where(DECISION_MILLIS).exists(true);
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

    private static final List<Status> UNDECIDED = List.of(Status.RECEIVED, Status.IN_REVIEW, Status.INFO_REQUESTED);

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static Pattern contains(String text) {
        return Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
