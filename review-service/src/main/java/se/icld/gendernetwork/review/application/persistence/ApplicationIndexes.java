package se.icld.gendernetwork.review.application.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.stereotype.Component;

/**
 * The indexes the {@code applications} queries need, declared here and created at start-up
 * (creating an existing index is a no-op). If MongoDB is away at start-up the service still starts
 * (the queries work without them, slower) and the next start creates them. mongo-java-server, the
 * tests' and the local stack's wire server, accepts and ignores them.
 */
@Component
class ApplicationIndexes {

    private static final Logger log = LoggerFactory.getLogger(ApplicationIndexes.class);

    private final MongoTemplate mongo;

    ApplicationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        try {
            IndexOperations indexes = mongo.indexOps(MongoApplications.COLLECTION);
            // The relay's poll and backlog: only applications with events waiting are in it.
            indexes.createIndex(new Index().on(MongoOutboxes.OUTBOX_SINCE, Direction.ASC).named("outbox_waiting")
                    .partial(PartialIndexFilter.of(where(MongoOutboxes.OUTBOX_SINCE).exists(true))));
        } catch (RuntimeException e) {
            log.warn("could not create the applications indexes (created on the next start): {}", e.toString());
        }
    }
}
