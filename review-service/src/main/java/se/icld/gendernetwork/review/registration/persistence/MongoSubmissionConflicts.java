package se.icld.gendernetwork.review.registration.persistence;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import se.icld.gendernetwork.review.registration.SubmissionConflicts;

/**
 * The {@code submission_conflicts} collection: one document per (submission id, conflicting content
 * hash), {@code _id} = {@code <submissionId>:<contentHash>}, so a redelivered conflict is one
 * document. Written with one insert; a duplicate key means it was already there.
 */
@Repository
@RequiredArgsConstructor
class MongoSubmissionConflicts implements SubmissionConflicts {

    static final String COLLECTION = "submission_conflicts";

    private final MongoTemplate mongo;

    @Override
    public boolean record(Conflict conflict) {
        Document document = new Document("_id", conflict.submissionId() + ":" + conflict.conflictingContentHash())
                .append("submissionId", conflict.submissionId().toString())
                .append("eventId", conflict.eventId() == null ? null : conflict.eventId().toString())
                .append("registeredContentHash", conflict.registeredContentHash())
                .append("conflictingContentHash", conflict.conflictingContentHash())
                .append("seenAt", Date.from(conflict.seenAt()));
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
