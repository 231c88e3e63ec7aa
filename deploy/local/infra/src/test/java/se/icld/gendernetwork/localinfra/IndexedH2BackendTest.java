package se.icld.gendernetwork.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A query naming the _id beside other conditions (flat, as Spring Data writes them) reads only the
 * documents with that _id, and every query answers as before.
 */
class IndexedH2BackendTest {

    private static final int DOCUMENTS = 2_000;

    private final MongoServer server = new MongoServer(new IndexedH2Backend(null));
    private MongoClient client;
    private MongoCollection<Document> applications;

    @BeforeEach
    void fill() {
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        applications = client.getDatabase("review").getCollection("applications");
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(new Document("_id", "a" + i).append("version", i % 3).append("by", i % 2 == 0 ? "r1" : null));
        }
        applications.insertMany(documents);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anOptimisticLockingUpdateReadsOneDocumentNotTheCollection() {
        long before = IndexedH2Backend.documentsExamined();

        long changed = applications.updateOne(new Document("_id", "a7").append("version", 1),
                Updates.set("version", 2)).getModifiedCount();
        long stale = applications.updateOne(new Document("_id", "a8").append("version", 0),
                Updates.set("version", 9)).getModifiedCount();

        // Without the _id lookup each update reads all 2,000 documents.
        assertThat(IndexedH2Backend.documentsExamined() - before).isLessThanOrEqualTo(2);
        assertThat(changed).isEqualTo(1);
        assertThat(stale).isZero();
        assertThat(applications.find(Filters.eq("_id", "a7")).first()).containsEntry("version", 2);
        assertThat(applications.find(Filters.eq("_id", "a8")).first()).containsEntry("version", 2);
    }

    @Test
    void anInQueryWithAnotherConditionReadsOnlyTheNamedDocuments() {
        long before = IndexedH2Backend.documentsExamined();

        List<String> held = applications.find(new Document("_id", new Document("$in", List.of("a1", "a2", "a3", "a4", "missing")))
                .append("by", "r1")).map(d -> d.getString("_id")).into(new ArrayList<>());

        assertThat(IndexedH2Backend.documentsExamined() - before).isLessThanOrEqualTo(4);
        assertThat(held).containsExactlyInAnyOrder("a2", "a4");
    }

    @Test
    void aRangeOfIdsAndOtherQueriesAnswerAsBefore() {
        assertThat(applications.countDocuments(Filters.eq("version", 0))).isEqualTo(667);
        List<String> range = applications.find(Filters.and(Filters.gte("_id", "a1990"), Filters.lte("_id", "a1999"),
                Filters.eq("version", 0))).map(d -> d.getString("_id")).into(new ArrayList<>());
        assertThat(range).containsExactlyInAnyOrder("a1992", "a1995", "a1998");
    }

    private static String hostAndPort(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
