package se.icld.gendernetwork.support;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Readiness of MongoDB by the {@code ping} command, which both MongoDB and the local stack's
 * wire server answer (Boot's own indicator asks {@code hello}, which the wire server lacks).
 */
@RequiredArgsConstructor
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", result.get("ok"));
    }
}
