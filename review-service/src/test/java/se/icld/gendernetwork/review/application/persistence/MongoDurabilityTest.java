package se.icld.gendernetwork.review.application.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;

class MongoDurabilityTest {

    private static MongoClientSettings settings(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        MongoConnectionDetails details = () -> connection;
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(connection);
        new MongoDurability().majorityByDefault(details).customize(builder);
        return builder.build();
    }

    @Test
    void writesWaitForAMajorityAndReadsSeeOnlyMajorityCommittedDataByDefault() {
        MongoClientSettings settings = settings("mongodb://mongo-0,mongo-1,mongo-2/review?replicaSet=rs0");

        assertThat(settings.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        assertThat(settings.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
    }

    @Test
    void aConnectionStringThatSetsTheConcernsIsFollowed() {
        MongoClientSettings settings = settings("mongodb://mongo/review?w=1&readConcernLevel=local");

        assertThat(settings.getWriteConcern()).isEqualTo(WriteConcern.W1);
        assertThat(settings.getReadConcern()).isEqualTo(ReadConcern.LOCAL);
    }
}
