package se.icld.gendernetwork.notification.journal;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import jakarta.annotation.PostConstruct;

/**
 * The notification log in the {@code notifications} collection. Every write is one atomic
 * single-document operation; an attempt owns an entry by moving its {@code nextAttemptAt} forward
 * (a lease), so two instances never send the same email at the same time.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NotificationLog {

    static final String COLLECTION = "notifications";
    /** The partial index of the entries not yet announced ({@link #unannounced(int)}). */
    static final String UNANNOUNCED_INDEX = "unannounced";
    /** Applications whose personal data was erased: {@code {_id: <application id>, at}}, nothing else. */
    static final String ERASED = "erased_applications";
    /** What an erased entry's {@code lastError} says (it was never sent because of the erasure). */
    public static final String ERASED_REASON = "erased";
    /** Statuses an attempt may still change: the ones the scheduler finds due. */
    private static final List<DeliveryStatus> UNFINISHED = List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING,
            DeliveryStatus.UNKNOWN);
    /** Statuses an operator may send again. */
    private static final List<DeliveryStatus> REQUEUEABLE = List.of(DeliveryStatus.FAILED, DeliveryStatus.UNKNOWN);

    private final MongoTemplate mongo;

    @PostConstruct
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("applicationId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
        // The oldest unsent (the gauge, every round): the unsent statuses' groups merged by creation time,
        // about one entry read, where the index above would have every unsent entry read and sorted.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC));
        // Only the entries whose outcome is still to be announced (a handful at any time): the announcer's
        // poll each second reads these, never every entry ever sent.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("updatedAt", Sort.Direction.ASC).named(UNANNOUNCED_INDEX)
                .partial(PartialIndexFilter.of(where("announced").is(false))));
    }

    /** Adds the entry unless one with its id exists; returns the entry as stored. */
    public NotificationEntry createIfAbsent(NotificationEntry entry) {
        try {
            mongo.insert(entry, COLLECTION);
            return entry;
        } catch (DuplicateKeyException e) {
            return find(entry.id()).orElseThrow();
        }
    }

    public Optional<NotificationEntry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, NotificationEntry.class, COLLECTION));
    }

    /** Takes an unsent entry whose attempt is due, for {@code lease}; empty when it is not due or already done. */
    public Optional<NotificationEntry> claimDue(String id, Instant now, Duration lease) {
        Query due = query(where("_id").is(id)
                .and("status").in(UNFINISHED)
                .and("nextAttemptAt").lte(now));
        return Optional.ofNullable(mongo.findAndModify(due,
                new Update().set("nextAttemptAt", now.plus(lease)).set("updatedAt", now),
                FindAndModifyOptions.options().returnNew(true), NotificationEntry.class, COLLECTION));
    }

    /** Ids of unsent entries whose attempt is due (the oldest first). */
    public List<String> dueIds(Instant now, int limit) {
        Query due = query(where("status").in(UNFINISHED)
                .and("nextAttemptAt").lte(now)).with(Sort.by("nextAttemptAt")).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    /**
     * Records a 250. Only once: an entry already SENT is left alone (a second attempt whose lease had
     * run out). It does replace FAILED or RETRYING written meanwhile by another attempt: the email went out.
     */
    public void markSent(String id, String messageId, Instant now) {
        mongo.updateFirst(query(where("_id").is(id).and("status").ne(DeliveryStatus.SENT)), new Update()
                .set("status", DeliveryStatus.SENT).inc("attempts", 1).set("messageId", messageId)
                .set("sentAt", now).set("updatedAt", now).set("lastError", null).set("announced", false),
                COLLECTION);
    }

    /**
     * Records a transient failure, unless the entry is finished meanwhile: an attempt that outlived its
     * lease must not turn a SENT entry (sent by the attempt that took over) back into one to be sent.
     * False if the entry was finished.
     */
    public boolean markRetrying(String id, String error, Instant nextAttemptAt, Instant now) {
        return updateUnfinished(id, attempted(DeliveryStatus.RETRYING, error, now).set("nextAttemptAt", nextAttemptAt));
    }

    /** Records giving up, unless the entry is finished meanwhile (see {@link #markRetrying}). */
    public boolean markFailed(String id, String error, Instant now) {
        return updateUnfinished(id, attempted(DeliveryStatus.FAILED, error, now).set("announced", false));
    }

    /**
     * Records that the whole message went out but no reply came: UNKNOWN, tried again at {@code retryAt}
     * (null: only when an operator requeues it). Unless finished meanwhile.
     */
    public boolean markUnknown(String id, String error, Instant retryAt, Instant now) {
        return updateUnfinished(id, attempted(DeliveryStatus.UNKNOWN, error, now).set("nextAttemptAt", retryAt));
    }

    /**
     * Gives an entry back without charging an attempt (sending is paused by a failure on our side): due
     * again at once, its status unchanged. Unless finished meanwhile.
     */
    public boolean release(String id, String error, Instant now) {
        return updateUnfinished(id, new Update().set("lastError", error).set("nextAttemptAt", now).set("updatedAt", now));
    }

    /** Extends the lease of an attempt that is still recording its outcome. False if the entry is finished. */
    public boolean extendLease(String id, Instant until) {
        return updateUnfinished(id, new Update().set("nextAttemptAt", until));
    }

    /** An attempt's outcome: the status, one more attempt, its error. */
    private static Update attempted(DeliveryStatus status, String error, Instant now) {
        return new Update().set("status", status).inc("attempts", 1).set("lastError", error).set("updatedAt", now);
    }

    /** Applies {@code update} unless the entry is finished meanwhile; false if it was (or is gone). */
    private boolean updateUnfinished(String id, Update update) {
        return mongo.updateFirst(unfinished(id), update, COLLECTION).getModifiedCount() > 0;
    }

    private static Query unfinished(String id) {
        return query(where("_id").is(id).and("status").in(UNFINISHED));
    }

    /**
     * An operator's resend of a FAILED (or UNKNOWN) entry: due now, attempts and the retry budget
     * counted afresh. False if it is neither.
     */
    public boolean requeueFailed(String id, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id).and("status").in(REQUEUEABLE)), requeued(now), COLLECTION)
                .getModifiedCount() > 0;
    }

    /**
     * An operator's bulk resend: every entry in {@code status} (FAILED or UNKNOWN) whose last change is
     * in {@code [since, until)}, of the given applications if any. One conditional multi-update: a
     * second press finds them no longer in that status and requeues nothing. Returns how many.
     */
    public long requeue(DeliveryStatus status, Instant since, Instant until, List<String> applicationIds, Instant now) {
        if (!REQUEUEABLE.contains(status)) {
            throw new IllegalArgumentException("only FAILED or UNKNOWN entries can be requeued");
        }
        Criteria which = where("status").is(status).and("updatedAt").gte(since);
        if (until != null) {
            which = which.lt(until);
        }
        if (applicationIds != null && !applicationIds.isEmpty()) {
            which = which.and("applicationId").in(applicationIds);
        }
        return mongo.updateMulti(query(which), requeued(now), COLLECTION).getModifiedCount();
    }

    private static Update requeued(Instant now) {
        return new Update().set("status", DeliveryStatus.RETRYING).set("attempts", 0).set("nextAttemptAt", now)
                .set("attemptsSince", now).set("updatedAt", now);
    }

    /** Finished entries whose outcome was not yet announced on the deliveries topic. */
    public List<NotificationEntry> unannounced(int limit) {
        return mongo.find(query(where("status").in(DeliveryStatus.SENT, DeliveryStatus.FAILED, DeliveryStatus.SUPPRESSED)
                .and("announced").is(false)).with(Sort.by("updatedAt")).limit(limit), NotificationEntry.class, COLLECTION);
    }

    public void markAnnounced(String id) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("announced", true), COLLECTION);
    }

    public List<NotificationEntry> forApplication(String applicationId) {
        return mongo.find(query(where("applicationId").is(applicationId)).with(Sort.by("createdAt")),
                NotificationEntry.class, COLLECTION);
    }

    /**
     * Erases the personal data of an application's entries: the event each keeps (recipient, name,
     * messages; what a retry or a resend renders from) is removed, and every entry not sent yet is
     * SUPPRESSED ({@link #ERASED_REASON}) so nothing renders or sends it any more. The ids, templates,
     * statuses and times stay. The application is marked erased first, so an event of it that arrives
     * later (redelivered, replayed) is not logged again ({@link #erased}). Returns the entries changed.
     */
    public long erase(String applicationId, Instant now) {
        mongo.upsert(query(where("_id").is(applicationId)), new Update().setOnInsert("at", now), ERASED);
        long suppressed = mongo.updateMulti(query(where("applicationId").is(applicationId).and("status").ne(DeliveryStatus.SENT)),
                new Update().set("status", DeliveryStatus.SUPPRESSED).set("lastError", ERASED_REASON).unset("event")
                        .unset("nextAttemptAt").set("updatedAt", now), COLLECTION).getModifiedCount();
        long sent = mongo.updateMulti(query(where("applicationId").is(applicationId).and("event").exists(true)),
                new Update().unset("event").set("updatedAt", now), COLLECTION).getModifiedCount();
        return suppressed + sent;
    }

    /**
     * Whether the application's personal data was erased (its later events are not logged). Asked for
     * every event: a find by {@code _id} (MongoTemplate's {@code exists} runs a count, an aggregation
     * that mongo-java-server, the local stack's MongoDB, answers by reading the whole collection, which
     * grows with every erasure).
     */
    public boolean erased(String applicationId) {
        Query byId = query(where("_id").is(applicationId));
        byId.fields().include("_id");
        return mongo.findOne(byId, Document.class, ERASED) != null;
    }

    /** Creation time of the oldest entry not yet sent or given up, if any. */
    public Optional<Instant> oldestUnsent() {
        Query unsent = query(where("status").in(DeliveryStatus.PENDING, DeliveryStatus.RETRYING))
                .with(Sort.by("createdAt")).limit(1);
        return mongo.find(unsent, NotificationEntry.class, COLLECTION).stream().findFirst()
                .map(NotificationEntry::createdAt);
    }
}
