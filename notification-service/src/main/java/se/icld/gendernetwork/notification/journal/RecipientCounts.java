package se.icld.gendernetwork.notification.journal;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import jakarta.annotation.PostConstruct;

/**
 * How many receipts each address has had in a day, in the {@code recipient_counts} collection, shared
 * by every replica: {@code {_id: <key>, count, expireAt}}, the key an HMAC of the address and the day
 * (never the address). One atomic upsert per receipt; MongoDB drops a counter at its {@code expireAt}
 * (a TTL index; the local wire server ignores it and keeps them).
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecipientCounts {

    static final String COLLECTION = "recipient_counts";

    private final MongoTemplate mongo;

    @PostConstruct
    void indexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("expireAt", Sort.Direction.ASC).expire(Duration.ZERO));
    }

    /** Counts one more receipt under {@code key}; returns the count including it. */
    public long countOne(String key, Instant expireAt) {
        try {
            return increment(key, expireAt);
        } catch (DuplicateKeyException e) {
            // Another replica created the counter at the same moment: it exists now.
            return increment(key, expireAt);
        }
    }

    private long increment(String key, Instant expireAt) {
        Document counter = mongo.findAndModify(query(where("_id").is(key)),
                new Update().inc("count", 1).setOnInsert("expireAt", expireAt),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return ((Number) counter.get("count")).longValue();
    }
}
