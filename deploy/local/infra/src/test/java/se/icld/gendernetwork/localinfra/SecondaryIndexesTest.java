package se.icld.gendernetwork.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The local stack's MongoDB keeps the secondary and partial indexes the services declare (mongo-java-server
 * ignores them): a sorted page, a pinned field, the outbox's waiting documents and an aggregation's
 * {@code $match} read the documents the index names, not the collection, and every answer is the one
 * mongo-java-server gives without indexes (its memory backend, fed the same data, is the reference).
 */
class SecondaryIndexesTest {

    private static final int DOCUMENTS = 3_000;
    private static final List<String> STATUSES = List.of("RECEIVED", "IN_REVIEW", "INFO_REQUESTED", "ACCEPTED", "DECLINED");
    private static final List<String> UNDECIDED = STATUSES.subList(0, 3);
    private static final Bson WAITING = Filters.exists("outboxSince", true);

    private final List<MongoServer> servers = new ArrayList<>();
    private final List<MongoClient> clients = new ArrayList<>();
    private MongoCollection<Document> indexed;
    private MongoCollection<Document> reference;
    private int waiting;
    private int conflictsOfAna;

    @BeforeEach
    void fill() {
        indexed = collection(new IndexedH2Backend(null));
        reference = collection(new MemoryBackend());
        for (MongoCollection<Document> c : List.of(indexed, reference)) {
            declareIndexes(c);
        }
        Random random = new Random(7);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            Document d = new Document("_id", "a%04d".formatted(i))
                    .append("status", STATUSES.get(i % 10 == 0 ? 3 + random.nextInt(2) : random.nextInt(3)))
                    .append("submittedAt", new Date(1_700_000_000_000L + random.nextInt(500) * 1000L))
                    .append("municipality", new Document("country", random.nextBoolean() ? "CO" : "GT"));
            if (i % 3 != 0) {
                d.append("callId", i % 3 == 1 ? "network-2026" : "partnership-2026");
            }
            if (i % 4 == 0) {
                d.append("assignees", i % 8 == 0 ? List.of() : List.of("ana", i % 12 == 0 ? "ben" : "eva"));
            }
            if (i % 100 == 7) {
                d.append("conflicts", List.of(new Document("reviewer", "ana"), new Document("reviewer", "ben")));
                conflictsOfAna++;
            }
            if (i % 50 == 0) {
                d.append("outboxSince", new Date(1_700_000_000_000L + random.nextInt(10_000) * 1000L));
                waiting++;
            }
            documents.add(d);
        }
        indexed.insertMany(documents);
        reference.insertMany(documents);
    }

    private MongoCollection<Document> collection(de.bwaldvogel.mongo.MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        servers.add(server);
        InetSocketAddress address = server.bind();
        MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        clients.add(client);
        return client.getDatabase("review").getCollection("applications");
    }

    /** As review's ApplicationIndexes declares them (the shapes that matter here). */
    private static void declareIndexes(MongoCollection<Document> c) {
        c.createIndex(Indexes.ascending("submittedAt", "_id"), new IndexOptions().name("queue_oldest_first"));
        c.createIndex(Indexes.ascending("status", "submittedAt"), new IndexOptions().name("queue_by_status"));
        c.createIndex(Indexes.ascending("callId", "status"), new IndexOptions().name("by_call"));
        c.createIndex(Indexes.ascending("assignees", "status"), new IndexOptions().name("assignees"));
        c.createIndex(Indexes.ascending("conflicts.reviewer"), new IndexOptions().name("conflicts_by_reviewer"));
        c.createIndex(Indexes.ascending("outboxSince"), new IndexOptions().name("outbox_waiting").partialFilterExpression(WAITING));
    }

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        servers.forEach(MongoServer::shutdownNow);
    }

    private static long examinedBy(Runnable query) {
        long before = IndexedH2Backend.documentsExamined();
        query.run();
        return IndexedH2Backend.documentsExamined() - before;
    }

    private static List<Document> find(MongoCollection<Document> c, Bson filter, Bson sort, int skip, int limit) {
        return c.find(filter).sort(sort).skip(skip).limit(limit).into(new ArrayList<>());
    }

    @Test
    void theQueuesFirstPageReadsAboutAPageNotTheCollection() {
        Bson open = Filters.and(Filters.in("status", UNDECIDED), Filters.ne("conflicts.reviewer", "ana"));
        Bson oldestFirst = Sorts.ascending("submittedAt", "_id");
        List<Document> page = new ArrayList<>();

        long examined = examinedBy(() -> page.addAll(find(indexed, open, oldestFirst, 0, 25)));

        // Without the index: all 3,000 documents matched, then sorted.
        assertThat(examined).isLessThan(40);
        assertThat(page).hasSize(25).isEqualTo(find(reference, open, oldestFirst, 0, 25));
        Bson newestFirst = Sorts.descending("submittedAt", "_id");
        assertThat(find(indexed, open, newestFirst, 50, 25)).isEqualTo(find(reference, open, newestFirst, 50, 25));
    }

    @Test
    void aPinnedStatusReadsOnlyItsDocuments() {
        Bson accepted = Filters.eq("status", "ACCEPTED");
        long count = reference.countDocuments(accepted);
        List<Document> found = new ArrayList<>();

        long examined = examinedBy(() -> found.addAll(find(indexed, accepted, Sorts.ascending("submittedAt"), 0, 0)));

        assertThat(examined).isEqualTo(count);
        assertThat(found).isEqualTo(find(reference, accepted, Sorts.ascending("submittedAt"), 0, 0));
        // A count of that one condition is read from the index alone.
        assertThat(examinedBy(() -> assertThat(indexed.countDocuments(accepted)).isEqualTo(count))).isZero();
    }

    @Test
    void aFewPinnedValuesInTheNextKeysOrderAreMergedAsTheyAreReadNotAllSorted() {
        // Notification's log: its due entries are {status: {$in: [...]}, nextAttemptAt: {$lte: now}}, by
        // nextAttemptAt, and the one index that serves them is {status, nextAttemptAt}.
        MongoCollection<Document> log = collection(new IndexedH2Backend(null));
        MongoCollection<Document> expected = collection(new MemoryBackend());
        List<String> statuses = List.of("PENDING", "RETRYING", "SENT", "FAILED");
        Random random = new Random(5);
        List<Document> entries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            entries.add(new Document("_id", "n%04d".formatted(i)).append("status", statuses.get(random.nextInt(4)))
                    .append("nextAttemptAt", new Date(1_700_000_000_000L + random.nextInt(600) * 1000L)));
        }
        for (MongoCollection<Document> c : List.of(log, expected)) {
            c.createIndex(Indexes.ascending("status", "nextAttemptAt"), new IndexOptions().name("due"));
            c.insertMany(entries);
        }
        Bson unfinished = Filters.in("status", "PENDING", "RETRYING");
        Bson due = Filters.and(unfinished, Filters.lte("nextAttemptAt", new Date(1_700_000_300_000L)));
        Bson soonest = Sorts.ascending("nextAttemptAt");
        // (A range on the next key is matched, not used as a bound: read from its far end it would not help.)
        List<Map.Entry<Bson, Bson>> queries = List.of(Map.entry(due, soonest), Map.entry(unfinished, soonest),
                Map.entry(unfinished, Sorts.descending("nextAttemptAt")));
        for (Map.Entry<Bson, Bson> query : queries) {
            Bson filter = query.getKey();
            Bson sort = query.getValue();
            String what = filter.toBsonDocument() + " sort " + sort.toBsonDocument();
            List<Document> page = new ArrayList<>();

            long examined = examinedBy(() -> page.addAll(find(log, filter, sort, 0, 10)));

            // Without the merge: every unfinished entry (about 1,000) read, then sorted.
            assertThat(examined).as(what).isLessThan(15);
            // Ties (the same second) may come in another order: the times must be the same.
            assertThat(page).as(what).extracting(d -> d.get("nextAttemptAt")).isEqualTo(
                    find(expected, filter, sort, 0, 10).stream().map(d -> d.get("nextAttemptAt")).toList());
            assertThat(find(log, filter, sort, 0, 0)).as(what).extracting(d -> d.get("nextAttemptAt")).isEqualTo(
                    find(expected, filter, sort, 0, 0).stream().map(d -> d.get("nextAttemptAt")).toList());
        }
    }

    @Test
    void aReviewersQueueCountReadsOnlyTheirConflictsNotTheCall() {
        // As review counts "the default call's applications without a conflict of ana's": the call's
        // count from the index, less the applications ana declared a conflict with.
        Bson inCall = Filters.and(Filters.in("callId", "network-2026", null));
        Bson conflicted = Filters.and(Filters.in("callId", "network-2026", null), Filters.eq("conflicts.reviewer", "ana"));
        Bson notConflicted = Filters.and(Filters.in("callId", "network-2026", null), Filters.ne("conflicts.reviewer", "ana"));
        long[] counts = new long[2];

        long examined = examinedBy(() -> {
            counts[0] = indexed.countDocuments(inCall);
            counts[1] = indexed.countDocuments(conflicted);
        });

        assertThat(examined).isEqualTo(conflictsOfAna);
        assertThat(counts[0]).isEqualTo(reference.countDocuments(inCall)).isGreaterThan(1_000);
        assertThat(counts[1]).isEqualTo(reference.countDocuments(conflicted)).isPositive();
        assertThat(counts[0] - counts[1]).isEqualTo(reference.countDocuments(notConflicted));
        // Without the index's count, the call's count reads every application in it.
        assertThat(examinedBy(() -> indexed.countDocuments(notConflicted))).isEqualTo(counts[0]);
        // An empty count is no document, read as 0, as on MongoDB.
        assertThat(indexed.countDocuments(Filters.eq("callId", "no-such-call"))).isZero();
    }

    @Test
    void theOutboxsWaitingDocumentsComeFromThePartialIndexAsTheyComeAndGo() {
        Bson due = Filters.and(WAITING, Filters.or(Filters.exists("relay", false), Filters.lte("relay.until", new Date())));
        Bson oldest = Sorts.ascending("outboxSince");

        assertThat(examinedBy(() -> find(indexed, due, oldest, 0, 10))).isLessThanOrEqualTo(10);

        for (MongoCollection<Document> c : List.of(indexed, reference)) {
            c.updateOne(Filters.eq("_id", "a0007"), Updates.set("outboxSince", new Date(1_600_000_000_000L)));
            c.updateOne(Filters.eq("_id", "a0050"), Updates.unset("outboxSince"));
            c.updateOne(Filters.eq("_id", "a0100"), Updates.set("relay", new Document("until", new Date(Long.MAX_VALUE / 2))));
            c.deleteOne(Filters.eq("_id", "a0150"));
        }
        List<Document> first = find(indexed, due, oldest, 0, 0);
        assertThat(first).isEqualTo(find(reference, due, oldest, 0, 0));
        assertThat(first.get(0).getString("_id")).isEqualTo("a0007");
        assertThat(first).extracting(d -> d.getString("_id")).doesNotContain("a0050", "a0100", "a0150");
        // The waiting documents, one more and two fewer; the leased one is read but not due.
        assertThat(examinedBy(() -> find(indexed, due, oldest, 0, 0))).isEqualTo(waiting + 1 - 2);
    }

    @Test
    void anAggregationsMatchReadsOnlyTheDocumentsTheIndexNames() {
        List<Bson> backlog = List.of(Aggregates.match(WAITING),
                Aggregates.group(null, Accumulators.sum("applications", 1), Accumulators.min("oldest", "$outboxSince")));
        List<Document> answer = new ArrayList<>();

        long examined = examinedBy(() -> indexed.aggregate(backlog).into(answer));

        // Without the index the aggregation reads all 3,000 documents.
        assertThat(examined).isEqualTo(waiting);
        assertThat(answer).isEqualTo(reference.aggregate(backlog).into(new ArrayList<>()));
        assertThat(answer.get(0).getInteger("applications")).isEqualTo(waiting);
        Bson partnership = Filters.and(Filters.eq("callId", "partnership-2026"), Filters.in("status", UNDECIDED));
        assertThat(indexed.countDocuments(partnership)).isEqualTo(reference.countDocuments(partnership)).isPositive();
    }

    @Test
    void anyQueryAnswersAsWithoutIndexes() {
        Random random = new Random(11);
        List<Bson> conditions = List.of(Filters.eq("status", "RECEIVED"), Filters.in("status", UNDECIDED),
                Filters.eq("callId", "network-2026"), Filters.in("callId", "network-2026", null), Filters.eq("callId", null),
                Filters.eq("assignees", "ana"), Filters.eq("assignees", "ben"), Filters.size("assignees", 0),
                Filters.eq("assignees", null), Filters.exists("assignees", false), WAITING, Filters.eq("municipality.country", "GT"),
                Filters.gt("submittedAt", new Date(1_700_000_200_000L)), Filters.ne("status", "ACCEPTED"),
                Filters.or(Filters.eq("status", "DECLINED"), Filters.eq("callId", "partnership-2026")));
        List<Bson> sorts = List.of(Sorts.ascending("submittedAt", "_id"), Sorts.descending("submittedAt", "_id"),
                Sorts.ascending("submittedAt"), Sorts.ascending("status", "submittedAt"), Sorts.descending("status"),
                Sorts.ascending("outboxSince"), Sorts.ascending("_id"), new Document());
        for (int round = 0; round < 300; round++) {
            List<Bson> chosen = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                chosen.add(conditions.get(random.nextInt(conditions.size())));
            }
            Bson filter = chosen.size() == 1 ? chosen.get(0) : Filters.and(chosen);
            Bson sort = sorts.get(random.nextInt(sorts.size()));
            int skip = random.nextInt(3) == 0 ? random.nextInt(40) : 0;
            int limit = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(30);
            String what = filter.toBsonDocument() + " sort " + sort.toBsonDocument() + " skip " + skip + " limit " + limit;

            List<Document> expected = find(reference, filter, sort, skip, limit);
            List<Document> actual = find(indexed, filter, sort, skip, limit);
            if (sort.toBsonDocument().isEmpty() || !sort.toBsonDocument().containsKey("_id")) {
                // Ties (and no sort at all) may come in another order; the same documents must come.
                assertThat(actual).as(what).hasSameSizeAs(expected);
                if (limit == 0 && skip == 0) {
                    assertThat(actual).as(what).containsExactlyInAnyOrderElementsOf(expected);
                }
            } else {
                assertThat(actual).as(what).isEqualTo(expected);
            }
            assertThat(indexed.countDocuments(filter)).as(what).isEqualTo(reference.countDocuments(filter));
        }
    }

    @Test
    void theIndexesAreBuiltAgainWhenTheDataFileIsOpenedAgain(@TempDir Path dir) {
        String file = dir.resolve("mongo.mv").toString();
        MongoCollection<Document> first = collection(new IndexedH2Backend(file));
        declareIndexes(first);
        first.insertMany(List.of(new Document("_id", "w1").append("outboxSince", new Date(2_000)),
                new Document("_id", "w2").append("outboxSince", new Date(1_000)), new Document("_id", "done")));
        servers.remove(servers.size() - 1).shutdownNow();

        MongoCollection<Document> again = collection(new IndexedH2Backend(file));
        List<Document> found = new ArrayList<>();

        long examined = examinedBy(() -> found.addAll(find(again, WAITING, Sorts.ascending("outboxSince"), 0, 0)));

        assertThat(found).extracting(d -> d.getString("_id")).containsExactly("w2", "w1");
        assertThat(examined).isEqualTo(2);
    }
}
