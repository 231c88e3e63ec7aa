package se.icld.gendernetwork.review.application.persistence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.result.UpdateResult;

import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.Outboxes;

/**
 * The outbox fields of an application document, next to {@code outbox} (the events, in order):
 * <ul>
 * <li>{@code outboxSince}: present exactly while events wait; the time the oldest waiting event was
 * raised (set with {@code $min} by the update that appends events, moved to the next event's time by
 * each removal, removed with the last). The partial index {@code outbox_waiting} holds only these
 * documents, so finding work and measuring the backlog never scan the collection on MongoDB.
 * <li>{@code relay}: {@code {by, until, failures}}, the relay lease: the replica round holding the
 * outbox while it publishes, until when, and how many publishes failed in a row (then {@code until}
 * is the retry time and {@code by} is absent). Removed with the last event.
 * <li>{@code outboxDueAt}: present while the first waiting event is held (a decision's grace period,
 * {@link OutboxEntry#notBefore()}): the relay's poll and lease pass the document by until then, on the
 * same index (a condition on the waiting documents it already selects). Set by the decision's write
 * when its event is first in line, else by the relay when it reaches the held event; removed with the
 * last event, by an erasure and by a take-back.
 * </ul>
 */
@Repository
@RequiredArgsConstructor
class MongoOutboxes implements Outboxes {

    static final String OUTBOX_SINCE = "outboxSince";
    static final String RELAY = "relay";
    static final String OUTBOX_DUE = "outboxDueAt";
    private static final String BY = RELAY + ".by";
    private static final String UNTIL = RELAY + ".until";
    private static final String FAILURES = RELAY + ".failures";

    private final MongoTemplate mongo;

    /** Not held by a relay, or the lease (or the retry wait) is over. */
    private static Criteria free(Instant now) {
        return new Criteria().orOperator(where(RELAY).exists(false), where(UNTIL).lte(now));
    }

    /** No held event first in line, or its hold is over at {@code dueBy}. */
    private static Criteria due(Instant dueBy) {
        return new Criteria().orOperator(where(OUTBOX_DUE).exists(false), where(OUTBOX_DUE).lte(dueBy));
    }

    @Override
    public List<String> waiting(Instant now, Instant dueBy, int limit) {
        Query waiting = query(where(OUTBOX_SINCE).exists(true).andOperator(free(now), due(dueBy)))
                .with(Sort.by(OUTBOX_SINCE)).limit(limit);
        waiting.fields().include("_id");
        return mongo.find(waiting, Document.class, MongoApplications.COLLECTION).stream()
                .map(d -> d.getString("_id")).toList();
    }

    @Override
    public List<PendingOutbox> lease(Collection<String> ids, String holder, Instant now, Instant dueBy, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        mongo.updateMulti(query(where("_id").in(ids).and(OUTBOX_SINCE).exists(true).andOperator(free(now), due(dueBy))),
                new Update().set(BY, holder).set(UNTIL, now.plus(lease)), MongoApplications.COLLECTION);
        Query held = query(where("_id").in(ids).and(BY).is(holder)).with(Sort.by(OUTBOX_SINCE));
        held.fields().include("outbox").include(RELAY);
        List<PendingOutbox> leased = new ArrayList<>();
        for (Document d : mongo.find(held, Document.class, MongoApplications.COLLECTION)) {
            String id = d.getString("_id");
            List<OutboxEntry> entries = d.getList("outbox", Document.class, List.of()).stream()
                    .map(MongoOutboxes::entry).toList();
            if (entries.isEmpty()) {
                // Marks left without events (two relays removed the same last event, or a take-back
                // removed the held one while a relay was publishing what came before it): clear them.
                mongo.updateFirst(query(where("_id").is(id).and("outbox").size(0)),
                        new Update().unset(OUTBOX_SINCE).unset(OUTBOX_DUE).unset(RELAY), MongoApplications.COLLECTION);
                continue;
            }
            Object failures = d.get(RELAY, Document.class).get("failures");
            leased.add(new PendingOutbox(id, entries, failures == null ? 0 : ((Number) failures).intValue()));
        }
        return leased;
    }

    @Override
    public void remove(String applicationId, OutboxEntry published, OutboxEntry next, String holder) {
        Document event = new Document("eventId", published.eventId());
        if (next != null) {
            mongo.updateFirst(query(where("_id").is(applicationId)),
                    new Update().pull("outbox", event).set(OUTBOX_SINCE, next.occurredAt()), MongoApplications.COLLECTION);
            return;
        }
        // The last event known: removing it and the marks is one update, if it is still the only one.
        UpdateResult last = mongo.updateFirst(
                query(where("_id").is(applicationId).and("outbox").size(1).and("outbox.eventId").is(published.eventId())),
                new Update().pull("outbox", event).unset(OUTBOX_SINCE).unset(OUTBOX_DUE).unset(RELAY), MongoApplications.COLLECTION);
        if (last.getMatchedCount() == 0) {
            // Events were appended meanwhile: they keep the mark (its time is then that of the removed
            // event, until the next removal moves it); give the lease back so they go out next round.
            mongo.updateFirst(query(where("_id").is(applicationId)), new Update().pull("outbox", event),
                    MongoApplications.COLLECTION);
            mongo.updateFirst(query(where("_id").is(applicationId).and(BY).is(holder)),
                    new Update().unset(RELAY), MongoApplications.COLLECTION);
        }
    }

    @Override
    public void holdUntil(String applicationId, String holder, OutboxEntry held, Instant until) {
        UpdateResult marked = mongo.updateFirst(
                query(where("_id").is(applicationId).and(BY).is(holder).and("outbox.0.eventId").is(held.eventId())),
                new Update().set(OUTBOX_DUE, until).unset(RELAY), MongoApplications.COLLECTION);
        if (marked.getMatchedCount() == 0) {
            // Taken back meanwhile (the held event left the outbox): no hold to mark; give the lease back.
            mongo.updateFirst(query(where("_id").is(applicationId).and(BY).is(holder)), new Update().unset(RELAY),
                    MongoApplications.COLLECTION);
        }
    }

    @Override
    public void retryLater(String applicationId, String holder, Instant retryAt) {
        mongo.updateFirst(query(where("_id").is(applicationId).and(BY).is(holder)),
                new Update().set(UNTIL, retryAt).unset(BY).inc(FAILURES, 1), MongoApplications.COLLECTION);
    }

    @Override
    public Backlog backlog(Instant now) {
        // One aggregation over the waiting documents only (the partial index), never the collection.
        Aggregation waiting = newAggregation(match(where(OUTBOX_SINCE).exists(true)),
                group().count().as("applications").sum(ArrayOperators.Size.lengthOfArray("outbox")).as("events")
                        .min(OUTBOX_SINCE).as("oldest"));
        Document row = mongo.aggregate(waiting, MongoApplications.COLLECTION, Document.class).getUniqueMappedResult();
        if (row == null) {
            return new Backlog(0, 0, null);
        }
        Date oldest = row.getDate("oldest");
        Instant since = oldest == null ? null : oldest.toInstant();
        if (since != null) {
            // A held event (a decision's grace period) waits by design: the age counts from its due time,
            // taken from the longest-waiting document that is due (one index read, never the collection).
            Query first = query(where(OUTBOX_SINCE).exists(true).andOperator(due(now))).with(Sort.by(OUTBOX_SINCE)).limit(1);
            first.fields().include(OUTBOX_SINCE).include(OUTBOX_DUE);
            Document d = mongo.findOne(first, Document.class, MongoApplications.COLLECTION);
            if (d == null) {
                since = null;
            } else {
                Date dueAt = d.getDate(OUTBOX_DUE);
                since = dueAt != null && dueAt.after(d.getDate(OUTBOX_SINCE)) ? dueAt.toInstant() : d.getDate(OUTBOX_SINCE).toInstant();
            }
        }
        return new Backlog(((Number) row.get("applications")).longValue(), ((Number) row.get("events")).longValue(), since);
    }

    private static OutboxEntry entry(Document d) {
        Date at = d.getDate("occurredAt");
        Date notBefore = d.getDate("notBefore");
        return new OutboxEntry(d.getString("eventId"), d.getString("type"), d.getString("payload"),
                at == null ? null : at.toInstant(), d.getString("traceparent"), notBefore == null ? null : notBefore.toInstant());
    }
}
