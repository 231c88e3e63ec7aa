package se.icld.gendernetwork.review.application.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Date;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The indexes the {@code applications} queries need, declared here and created at start-up
 * (creating an existing index is a no-op). If MongoDB is away at start-up the service still starts
 * (the queries work without them, slower) and the next start creates them. mongo-java-server, the
 * tests' and the local stack's wire server, accepts and ignores them.
 */
@Component
@RequiredArgsConstructor
class ApplicationIndexes {

    private static final Logger log = LoggerFactory.getLogger(ApplicationIndexes.class);

    private final MongoTemplate mongo;

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        try {
            IndexOperations indexes = mongo.indexOps(MongoApplications.COLLECTION);
            // The relay's poll and backlog: only applications with events waiting are in it.
            indexes.createIndex(new Index().on(MongoOutboxes.OUTBOX_SINCE, Direction.ASC).named("outbox_waiting")
                    .partial(PartialIndexFilter.of(where(MongoOutboxes.OUTBOX_SINCE).exists(true))));
            // The queue: oldest first, alone or after an equality on status or country.
            indexes.createIndex(new Index().on("submittedAt", Direction.ASC).on("_id", Direction.ASC)
                    .named("queue_oldest_first"));
            indexes.createIndex(new Index().on("status", Direction.ASC).on("submittedAt", Direction.ASC)
                    .on("_id", Direction.ASC).named("queue_by_status"));
            indexes.createIndex(new Index().on("municipality.country", Direction.ASC).on("status", Direction.ASC)
                    .on("submittedAt", Direction.ASC).on("_id", Direction.ASC).named("queue_by_country"));
            // The queue, stats and export of one call (documents from before calls have no callId: the
            // default call's, found by $in [id, null]), oldest first after an equality on status.
            indexes.createIndex(new Index().on(MongoApplicationQueries.CALL_ID, Direction.ASC).on("status", Direction.ASC)
                    .on("submittedAt", Direction.ASC).on("_id", Direction.ASC).named("queue_by_call"));
            // Assignments: each reviewer's load (a multikey index; applications without assignees add no key).
            indexes.createIndex(new Index().on("assignees", Direction.ASC).on("status", Direction.ASC).named("assignees"));
            // The queue's count for a reviewer: the applications they declared a conflict with (multikey).
            indexes.createIndex(new Index().on(MongoApplicationQueries.CONFLICT_REVIEWER, Direction.ASC)
                    .named("conflicts_by_reviewer"));
            // The queue's other orders: by average score (highest first), by municipality.
            indexes.createIndex(new Index().on(MongoApplicationQueries.REVIEW_AVERAGE, Direction.DESC)
                    .on("submittedAt", Direction.ASC).on("_id", Direction.ASC).named("queue_by_score"));
            indexes.createIndex(new Index().on("municipality.name", Direction.ASC).on("submittedAt", Direction.ASC)
                    .on("_id", Direction.ASC).named("queue_by_municipality"));
            // A partnership application's network application, found by its reference (registration, eligibility).
            indexes.createIndex(new Index().on("reference", Direction.ASC).on("submittedAt", Direction.ASC)
                    .on("_id", Direction.ASC).named("by_reference"));
            // The stats' median: only decided applications are in it.
            indexes.createIndex(new Index().on(MongoApplicationQueries.DECISION_MILLIS, Direction.ASC)
                    .named("time_to_first_decision")
                    .partial(PartialIndexFilter.of(where(MongoApplicationQueries.DECISION_MILLIS).exists(true))));
        } catch (RuntimeException e) {
            log.warn("could not create the applications indexes (created on the next start): {}", e.toString());
        }
        try {
            backfillDecisionTimes();
        } catch (RuntimeException e) {
            log.warn("could not backfill decision times (tried again on the next start): {}", e.toString());
        }
        try {
            backfillReviewAverages();
        } catch (RuntimeException e) {
            log.warn("could not backfill review averages (tried again on the next start): {}", e.toString());
        }
    }

    /**
     * Applications reviewed before {@code reviewAverage} existed get it once (the mean of every score
     * of their current reviews, as {@code Application.reviewAverage()}), so the order by score places them.
     */
    private void backfillReviewAverages() {
        Query missing = query(where("reviews.0").exists(true).and(MongoApplicationQueries.REVIEW_AVERAGE).exists(false));
        missing.fields().include("reviews");
        int filled = 0;
        for (Document d : mongo.find(missing, Document.class, MongoApplications.COLLECTION)) {
            long sum = 0;
            long count = 0;
            for (Document review : d.getList("reviews", Document.class, List.of())) {
                Document scores = review.get("scores", Document.class);
                for (Object score : scores == null ? List.of() : scores.values()) {
                    if (score instanceof Number n) {
                        sum += n.longValue();
                        count++;
                    }
                }
            }
            mongo.updateFirst(query(where("_id").is(d.get("_id")).and(MongoApplicationQueries.REVIEW_AVERAGE).exists(false)),
                    new Update().set(MongoApplicationQueries.REVIEW_AVERAGE, count == 0 ? null : (double) sum / count),
                    MongoApplications.COLLECTION);
            filled++;
        }
        if (filled > 0) {
            log.info("review averages backfilled on {} applications", filled);
        }
    }

    /**
     * Applications decided before {@code decisionMillis} existed get it once (from their history),
     * so the stats count them; after the first start there are none left to find.
     */
    private void backfillDecisionTimes() {
        Query missing = query(where("decision").ne(null).and(MongoApplicationQueries.DECISION_MILLIS).exists(false));
        missing.fields().include("submittedAt").include("history");
        int filled = 0;
        for (Document d : mongo.find(missing, Document.class, MongoApplications.COLLECTION)) {
            Date submitted = d.getDate("submittedAt");
            Document decided = d.getList("history", Document.class, List.of()).stream()
                    .filter(h -> "DECIDED".equals(h.getString("action"))).findFirst().orElse(null);
            if (submitted == null || decided == null || decided.getDate("at") == null) {
                continue;
            }
            long millis = decided.getDate("at").getTime() - submitted.getTime();
            mongo.updateFirst(query(where("_id").is(d.get("_id"))),
                    new Update().min(MongoApplicationQueries.DECISION_MILLIS, millis), MongoApplications.COLLECTION);
            filled++;
        }
        if (filled > 0) {
            log.info("decision times backfilled on {} applications", filled);
        }
    }
}
