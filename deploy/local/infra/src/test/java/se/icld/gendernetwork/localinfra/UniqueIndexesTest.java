package se.icld.gendernetwork.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The unique indexes (the {@code _id}'s and the declared ones) live in memory, not in H2 maps, and keep
 * MongoDB's rules across a restart: a duplicate is refused, a lookup finds its document, a removed or
 * changed key is free again.
 */
class UniqueIndexesTest {

    private final List<MongoServer> servers = new ArrayList<>();
    private final List<MongoClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        servers.forEach(MongoServer::shutdownNow);
    }

    @Test
    void noUniqueIndexIsKeptInTheDataFile(@TempDir Path dir) {
        String file = dir.resolve("mongo.mv").toString();
        MongoCollection<Document> applications = open(file);
        applications.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
        applications.insertOne(new Document("_id", "a1").append("reference", "NGE-1"));
        close();

        try (MVStore store = MVStore.open(file)) {
            assertThat(store.getMapNames()).anyMatch(name -> name.startsWith("databases.review.applications"))
                    .noneMatch(name -> name.contains("._index_"));
        }
    }

    @Test
    void theRulesHoldAfterTheDataFileIsOpenedAgain(@TempDir Path dir) {
        String file = dir.resolve("mongo.mv").toString();
        MongoCollection<Document> first = open(file);
        first.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
        for (int i = 0; i < 200; i++) {
            first.insertOne(new Document("_id", "a" + i).append("reference", "NGE-" + i));
        }
        close();

        MongoCollection<Document> again = open(file);
        assertThat(again.find(Filters.eq("_id", "a150")).first()).containsEntry("reference", "NGE-150");
        assertThat(again.find(Filters.eq("reference", "NGE-7")).first()).containsEntry("_id", "a7");
        assertThatThrownBy(() -> again.insertOne(new Document("_id", "a3").append("reference", "NGE-new")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> again.insertOne(new Document("_id", "b1").append("reference", "NGE-9")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");

        again.deleteOne(Filters.eq("_id", "a9"));
        again.updateOne(Filters.eq("_id", "a8"), Updates.set("reference", "NGE-8b"));
        again.insertOne(new Document("_id", "a9").append("reference", "NGE-9"));
        again.insertOne(new Document("_id", "b8").append("reference", "NGE-8"));
        assertThatThrownBy(() -> again.insertOne(new Document("_id", "b2").append("reference", "NGE-8b")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        assertThat(again.countDocuments()).isEqualTo(201);
    }

    /** A file written by an earlier LocalInfra, whose unique indexes were H2 maps, opens with them rebuilt. */
    @Test
    void anEarlierFilesIndexMapsAreReplaced(@TempDir Path dir) {
        String file = dir.resolve("mongo.mv").toString();
        MongoServer earlier = new MongoServer(new de.bwaldvogel.mongo.backend.h2.H2Backend(MVStore.open(file)));
        MongoClient earlierClient = MongoClients.create("mongodb://" + address(earlier));
        MongoCollection<Document> written = earlierClient.getDatabase("review").getCollection("applications");
        written.insertOne(new Document("_id", "a1"));
        earlierClient.close();
        earlier.shutdownNow();

        MongoCollection<Document> again = open(file);
        assertThat(again.find(Filters.eq("_id", "a1")).first()).isNotNull();
        assertThatThrownBy(() -> again.insertOne(new Document("_id", "a1")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        close();
        try (MVStore store = MVStore.open(file)) {
            assertThat(store.getMapNames()).noneMatch(name -> name.contains("._index_"));
        }
    }

    private MongoCollection<Document> open(String file) {
        MongoServer server = new MongoServer(new IndexedH2Backend(file));
        servers.add(server);
        MongoClient client = MongoClients.create("mongodb://" + address(server));
        clients.add(client);
        return client.getDatabase("review").getCollection("applications");
    }

    private void close() {
        clients.remove(clients.size() - 1).close();
        servers.remove(servers.size() - 1).shutdownNow();
    }

    private static String address(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
