package se.icld.gendernetwork.review.application.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;

/**
 * Durable by default: every write waits for a majority of the replica set (journalled) and every
 * read sees only majority-committed data, so a failover never rolls back a change that was
 * answered, and the outbox relay never publishes an event whose change could still be rolled back
 * (an email about a decision that then vanished). A connection string that names {@code w} or
 * {@code readConcernLevel} itself is followed as it is (set both or neither: majority reads after
 * {@code w=1} writes would make the relay wait for its own leases). On a single server, MongoDB's
 * majority is that server; mongo-java-server ignores both.
 */
@Configuration(proxyBeanMethods = false)
class MongoDurability {

    private static final Logger log = LoggerFactory.getLogger(MongoDurability.class);

    @Bean
    MongoClientSettingsBuilderCustomizer majorityByDefault(MongoConnectionDetails connection) {
        ConnectionString uri = connection.getConnectionString();
        return settings -> {
            if (uri.getWriteConcern() == null && uri.getReadConcern() == null) {
                settings.writeConcern(WriteConcern.MAJORITY.withJournal(true)).readConcern(ReadConcern.MAJORITY);
            } else {
                log.info("MongoDB write and read concerns as the connection string sets them: w={}, readConcernLevel={}",
                        uri.getWriteConcern(), uri.getReadConcern());
            }
        };
    }
}
