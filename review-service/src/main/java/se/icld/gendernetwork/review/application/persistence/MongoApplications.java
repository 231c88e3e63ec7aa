package se.icld.gendernetwork.review.application.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.result.UpdateResult;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.OutboxAppended;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.WorkflowCode;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.support.TraceContexts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications in the {@code applications} collection, {@code _id} = submission id. A change is
 * ONE {@code updateOne} guarded by the version: {@code $set} of status, claim, decision, the
 * applicant's correctable values (applicant, motivation, interest, a pending email address) and the
 * current reviews (one per reviewer) and conflicts of interest, {@code $push} of the new history entries, notes, replaced
 * reviews and outbox events, {@code $inc} of the version,
 * and {@code $min} of {@code outboxSince}, the waiting mark the relay finds work by (see
 * {@link MongoOutboxes}); a decision held by its grace period also sets {@code outboxDueAt} when its
 * event is first in line, and taking it back {@code $pull}s the held event in the same guarded update
 * (only while it is still there). An erasure instead replaces the history, notes and outbox whole. The outbox relay's {@code $pull} and delivery entries do not touch the version, so they never
 * make a reviewer's change fail.
 */
@Repository
@RequiredArgsConstructor
class MongoApplications implements Applications {

    static final String COLLECTION = "applications";

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final TraceContexts traces;
    private final ApplicationEventPublisher events;

    @Override
    public boolean insert(Application application) {
        List<OutboxEntry> outbox = toOutbox(application);
        application.changesWritten(outbox);
        Document document = new Document();
        mongo.getConverter().write(application, document);
        if (!outbox.isEmpty()) {
            document.put(MongoOutboxes.OUTBOX_SINCE, Date.from(outbox.get(0).occurredAt()));
        }
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        appended(application, outbox);
        return true;
    }

    @Override
    public Optional<Application> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), Application.class, COLLECTION));
    }

    @Override
    public Optional<Application> findByReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        // References are unique in practice (intake draws them at random); the first registered wins a clash.
        Query byReference = query(where("reference").is(reference.strip())).with(Sort.by("submittedAt", "_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(byReference, Application.class, COLLECTION));
    }

    @Override
    public void update(Application application) {
        List<OutboxEntry> outbox = toOutbox(application);
        Update update = state(application);
        if (!application.newHistory().isEmpty()) {
            update.push("history").each(application.newHistory().toArray());
            firstDecision(application).ifPresent(millis -> update.min(MongoApplicationQueries.DECISION_MILLIS, millis));
        }
        if (!application.newNotes().isEmpty()) {
            update.push("notes").each(application.newNotes().toArray());
        }
        if (!application.newSuperseded().isEmpty()) {
            update.push("supersededReviews").each(application.newSuperseded().toArray());
        }
        if (!outbox.isEmpty()) {
            update.push("outbox").each(outbox.toArray());
            update.min(MongoOutboxes.OUTBOX_SINCE, outbox.get(0).occurredAt());
            if (application.outbox().isEmpty() && outbox.get(0).notBefore() != null) {
                // A held event first in line: the relay's poll passes the document by until then. (Behind
                // events already waiting, the relay sets the mark when it reaches the held one.)
                update.set(MongoOutboxes.OUTBOX_DUE, outbox.get(0).notBefore());
            }
        }
        List<String> takenBack = List.copyOf(application.takenBackEvents());
        String heldEventId = takenBack.isEmpty() ? null : takenBack.get(0);
        if (heldEventId != null) {
            // A decision taken back: its held event leaves the outbox in the same write, and only if it is
            // still there (not published).
            update.pull("outbox", new Document("eventId", heldEventId));
            if (application.decision() == null) {
                update.unset(MongoApplicationQueries.DECISION_MILLIS);
            }
        }
        write(application, update, outbox, heldEventId);
        if (!takenBack.isEmpty()) {
            // The hold's mark goes; with no event left, the waiting mark and any lease go too.
            mongo.updateFirst(query(where("_id").is(application.id())), new Update().unset(MongoOutboxes.OUTBOX_DUE),
                    COLLECTION);
            mongo.updateFirst(query(where("_id").is(application.id()).and("outbox").size(0)),
                    new Update().unset(MongoOutboxes.OUTBOX_SINCE).unset(MongoOutboxes.RELAY), COLLECTION);
        }
    }

    @Override
    public void writeErasure(Application application) {
        List<OutboxEntry> outbox = toOutbox(application);
        Update update = state(application)
                .set("erasure", application.erasure())
                .set("history", application.history())
                .set("notes", application.notes())
                .set("supersededReviews", application.supersededReviews())
                .set("outbox", outbox);
        update.unset(MongoOutboxes.OUTBOX_DUE);
        if (outbox.isEmpty()) {
            update.unset(MongoOutboxes.OUTBOX_SINCE);
        } else {
            update.set(MongoOutboxes.OUTBOX_SINCE, outbox.get(0).occurredAt());
        }
        write(application, update, outbox, null);
    }

    /** The {@code $set} of the values a change may replace, and the version's {@code $inc}. */
    static Update state(Application application) {
        return new Update()
                .set("status", application.status())
                .set("claim", application.claim())
                .set("decision", application.decision())
                .set("applicant", application.applicant())
                .set("motivation", application.motivation())
                .set("interest", application.interest())
                .set("pendingEmail", application.pendingEmail())
                .set("pendingErasure", application.pendingErasure())
                .set("decisionHold", application.decisionHold())
                .set("reviews", application.reviews())
                .set("conflicts", application.conflicts())
                .set("assignees", application.assignees())
                .set("mentor", application.mentor())
                // the queue's order by score, kept with the reviews it is the mean of
                .set(MongoApplicationQueries.REVIEW_AVERAGE, application.reviewAverage())
                .set("updatedAt", application.updatedAt())
                .inc("version", 1);
    }

    /**
     * Applies {@code update} if the stored version is still the one read (and, for a take-back, the
     * held event {@code heldEventId} is still in the outbox); else {@code concurrent-change}, or
     * {@code grace-period-over} when only the held event is gone (published meanwhile).
     */
    private void write(Application application, Update update, List<OutboxEntry> outbox, String heldEventId) {
        Criteria read = where("_id").is(application.id()).and("version").is(application.version());
        Criteria guarded = heldEventId == null ? read
                : where("_id").is(application.id()).and("version").is(application.version()).and("outbox.eventId").is(heldEventId);
        UpdateResult result = mongo.updateFirst(query(guarded), update, Application.class, COLLECTION);
        if (result.getMatchedCount() == 0) {
            if (heldEventId != null && mongo.exists(query(read), COLLECTION)) {
                throw new WorkflowException(WorkflowCode.GRACE_PERIOD_OVER,
                        "the decision can no longer be taken back: its email is on its way");
            }
            throw WorkflowException.concurrent();
        }
        application.changesWritten(outbox);
        appended(application, outbox);
    }

    /**
     * The time from submission to the decision this change makes, in ms: with {@code $min}, the
     * document keeps that of its first decision (the stats' median reads it from an index).
     */
    static Optional<Long> firstDecision(Application application) {
        return firstDecision(application.submittedAt(), application.newHistory());
    }

    /** The time from {@code submittedAt} to the first decision in {@code history}, in ms. */
    static Optional<Long> firstDecision(Instant submittedAt, List<HistoryEntry> history) {
        if (submittedAt == null) {
            return Optional.empty();
        }
        return history.stream().filter(h -> h.action() == HistoryAction.DECIDED).findFirst()
                .map(h -> Duration.between(submittedAt, h.at()).toMillis());
    }

    private void appended(Application application, List<OutboxEntry> outbox) {
        if (!outbox.isEmpty()) {
            events.publishEvent(new OutboxAppended(application.id()));
        }
    }

    @Override
    public boolean appendOnce(UUID id, HistoryEntry entry) {
        UpdateResult result = mongo.updateFirst(
                query(where("_id").is(id.toString()).and("history.sourceEventId").ne(entry.sourceEventId())
                        .and("history." + (Application.MAX_HISTORY + Application.MAX_DELIVERY_ENTRIES - 1)).exists(false)),
                new Update().push("history", entry), Application.class, COLLECTION);
        return result.getModifiedCount() > 0;
    }

    private List<OutboxEntry> toOutbox(Application application) {
        List<ApplicationEvent> events = application.newEvents();
        String traceparent = traces.current();
        return events.stream()
                .map(e -> new OutboxEntry(e.eventId().toString(), e.getClass().getSimpleName(),
                        json.writeValueAsString(e), e.occurredAt(), traceparent, application.holdOf(e)))
                .toList();
    }
}
