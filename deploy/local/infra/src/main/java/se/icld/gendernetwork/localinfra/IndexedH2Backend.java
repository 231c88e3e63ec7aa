package se.icld.gendernetwork.localinfra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import se.icld.gendernetwork.localinfra.QueryPlanner.Plan;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 backend (the local stack's MongoDB), with the indexes that it lacks and that the
 * services' hot paths rely on (so that, as on MongoDB, they find their work without reading every
 * document):
 * <ul>
 * <li><b>{@code _id} beside other conditions.</b> A query that names the document's {@code _id} beside
 * other conditions ({@code {_id: x, version: 3}}, {@code {_id: {$in: [...]}, lease: y}}) finds the
 * {@code _id} in its index and checks the other conditions on the documents found. mongo-java-server uses
 * an index only for a query on exactly the index's keys; every optimistic-locking or leased write of the
 * services is such a query.
 * <li><b>Secondary and partial indexes</b> ({@link SecondaryIndex}), which mongo-java-server ignores. A
 * query (a find, a count, an update, or an aggregation's first {@code $match}) picks the cheapest of: an
 * index whose first key the query pins to one or a few values; an index in the order of the requested sort,
 * read in order until the page is full; a partial index whose filter the query repeats (the outbox's
 * waiting documents). Each candidate is still matched against the whole query, so an index can only
 * make a query read fewer documents, never change its answer. Conditions are read from the query's top
 * level and from a top-level {@code $and}, as Spring Data writes them.
 * <li><b>Unique indexes in memory</b> ({@link UniqueIndex}), the {@code _id}'s included: H2 compared
 * their keys by Java-serialising them.
 * </ul>
 * The documents the collections examine are counted ({@link #documentsExamined()}), as MongoDB's
 * {@code totalDocsExamined}, for the tests that pin this.
 */
final class IndexedH2Backend extends H2Backend {

    /** Static: H2Backend opens (and reads) existing databases from its constructor, before any field here is set. */
    private static final AtomicLong EXAMINED = new AtomicLong();

    /** @param fileName the MVStore file; {@code null} keeps the data in memory */
    IndexedH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(cacheMegabytes()).open());
    }

    /**
     * MVStore's page cache, in MB: {@code -Dlocal.mongo.cache-mb}, by default a quarter of the heap (MVStore's
     * own default is 16 MB). A query the indexes cannot narrow (a count, a {@code $group}) reads the whole
     * collection, and a page not in the cache is read back from the file and its documents deserialised
     * again (Java serialisation): with a 16 MB cache and a few thousand applications the periodic queries
     * kept a core busy, and the services' writes waited behind them (each collection serves one request at
     * a time). Not more than a quarter: the cache counts far fewer bytes than its deserialised documents
     * take, and the heap also holds the indexes (with a third of 768 MB, LocalInfra spent ~37 s of a
     * 30,000-submission rush in full collections).
     */
    static int cacheMegabytes() {
        Integer configured = Integer.getInteger("local.mongo.cache-mb");
        return configured != null ? configured : (int) Math.max(16, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));
    }

    /** Documents examined by the collections of every instance so far. */
    static long documentsExamined() {
        return EXAMINED.get();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** An inner class: H2Backend opens the existing databases from its constructor, before any field of this class is set. */
    private final class Database extends H2Database {

        /** The description of the index being created (set before mongo-java-server asks for the index). */
        private Document creating;

        Database(String databaseName) {
            super(databaseName, getMvStore(), IndexedH2Backend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // The map names H2Database itself uses, so that existing data files open unchanged.
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + fullName);
            MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        /**
         * Unique indexes live in memory ({@link UniqueIndex}). The H2 map an earlier LocalInfra kept for the
         * index is removed: left there it would go stale, and an older LocalInfra opening this file would
         * trust it instead of rebuilding it.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            String h2Map = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            if (getMvStore().hasMap(h2Map)) {
                getMvStore().removeMap(h2Map);
            }
            return new UniqueIndex(indexName, keys, sparse);
        }

        @Override
        protected void addIndex(Document indexDescription) {
            creating = indexDescription;
            try {
                super.addIndex(indexDescription);
            } finally {
                creating = null;
            }
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            Document description = description(collectionName, indexName);
            Object partial = description == null ? null : description.get("partialFilterExpression");
            if (sparse && partial == null) {
                // A sparse index holds the documents that have the (first) key: that is the partial filter it has.
                partial = new Document(keys.get(0).getKey(), new Document("$exists", true));
            }
            return new SecondaryIndex(indexName, keys, partial instanceof Document filter ? filter : null);
        }

        /**
         * The whole description of an index: the one being created, or (when LocalInfra starts again and
         * mongo-java-server reopens the indexes it stored) the stored one.
         */
        private Document description(String collectionName, String indexName) {
            String ns = getFullCollectionNamespace(collectionName);
            if (creating != null && indexName.equals(creating.get("name")) && ns.equals(creating.get("ns"))) {
                return creating;
            }
            for (Document stored : getOrCreateIndexesCollection().queryAll()) {
                if (indexName.equals(stored.get("name")) && ns.equals(stored.get("ns"))) {
                    return stored;
                }
            }
            return null;
        }

        /**
         * An aggregation whose first stage is a {@code $match} reads only the documents an index names
         * (mongo-java-server reads the whole collection for every aggregation, and every count is one):
         * the whole pipeline, the {@code $match} included, then runs over them as before.
         */
        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                Oplog oplog) {
            if (command.equalsIgnoreCase("aggregate") && query.get(command) instanceof String collectionName
                    && resolveCollection(collectionName, false) instanceof Collection collection
                    && query.get("pipeline") instanceof List<?> stages && !stages.isEmpty()
                    && stages.get(0) instanceof Document first && first.get("$match") instanceof Document match
                    && stages.stream().allMatch(s -> s instanceof Document d && !d.containsKey("$changeStream")
                            && !d.containsKey("$out") && !d.containsKey("$merge"))) {
                Long count = isCount(stages) ? collection.countFromIndex(match) : null;
                if (count != null) {
                    // MongoDB answers an empty count with no document; the driver reads that as 0.
                    List<Document> result = count == 0 ? List.of()
                            : List.of(new Document("_id", 1).append("n", count <= Integer.MAX_VALUE ? (Object) count.intValue() : count));
                    return cursorOf(collectionName, result);
                }
                List<Object> candidates = collection.candidates(match);
                if (candidates != null) {
                    Aggregation aggregation = Aggregation.fromPipeline(stages, resolver, this, collection, oplog);
                    aggregation.validate(query);
                    List<Document> result = aggregation.runStages(
                            candidates.stream().map(collection::document).filter(Objects::nonNull));
                    return cursorOf(collectionName, result);
                }
            }
            return super.handleCommand(channel, command, query, resolver, oplog);
        }

        /** An aggregation's answer: one batch, the cursor closed. */
        private Document cursorOf(String collectionName, List<Document> result) {
            Document cursor = new Document("id", 0L).append("ns", getFullCollectionNamespace(collectionName))
                    .append("firstBatch", result);
            Document response = new Document("cursor", cursor);
            Utils.markOkay(response);
            return response;
        }
    }

    /**
     * The pipeline the driver's {@code countDocuments} sends: {@code $match}, then
     * {@code {$group: {_id: 1, n: {$sum: 1}}}}.
     */
    private static boolean isCount(List<?> stages) {
        return stages.size() == 2 && stages.get(1) instanceof Document second
                && second.size() == 1 && second.get("$group") instanceof Document group && group.size() == 2
                && group.get("_id") instanceof Number && group.get("n") instanceof Document sum && sum.size() == 1
                && sum.get("$sum") instanceof Number one && one.intValue() == 1;
    }

    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, collectionName, options, data, meta, cursors);
        }

        /** Under the collection's lock: the secondary indexes change with every write, under the same lock. */
        @Override
        protected synchronized QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit,
                int batchSize, Document fields) {
            Object id = query.get("_id");
            if (id != null && query.size() > 1) {
                Document byId = new Document("_id", id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize, fields);
                    }
                }
            }
            Plan plan = QueryPlanner.plan(secondaryIndexes(), query, orderBy, skip, limit);
            if (plan != null) {
                Stream<Document> documents = plan.positions().map(this::getDocument).filter(Objects::nonNull);
                return plan.ordered()
                        ? matchDocumentsFromStream(query, documents, skip, limit, batchSize, null, fields)
                        : matchDocumentsFromStream(documents, query, orderBy, skip, limit, batchSize, fields);
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
        }

        /** The positions of the documents that may match {@code query}, or null when no index narrows them. */
        synchronized List<Object> candidates(Document query) {
            Plan plan = QueryPlanner.plan(secondaryIndexes(), query, null, 0, 0);
            return plan == null ? null : plan.positions().toList();
        }

        /**
         * The count of a query that is one condition pinning an index's first key to one or a few values
         * ({@code {callId: {$in: ["network-2026", null]}}}), read from the index without a document, as
         * MongoDB's COUNT_SCAN does; null for any other query. Only an index with one entry per document
         * (not multikey) and no partial filter counts each document once.
         */
        synchronized Long countFromIndex(Document query) {
            Map.Entry<String, Object> only = QueryPlanner.onlyCondition(query);
            if (only == null) {
                return null;
            }
            List<Object> values = QueryPlanner.pinnedValues(only.getValue(), true);
            if (values == null) {
                return null;
            }
            for (SecondaryIndex index : secondaryIndexes()) {
                if (index.partialFilter() == null && !index.isMultikey() && index.keyNames().get(0).equals(only.getKey())) {
                    return index.countFirstKeyIn(values);
                }
            }
            return null;
        }

        Document document(Object position) {
            Document document = getDocument(position);
            if (document != null) {
                EXAMINED.incrementAndGet();
            }
            return document;
        }

        /** Every document, as an aggregation without a narrowing {@code $match} reads them (counted). */
        @Override
        public Stream<Document> queryAllAsStream() {
            return super.queryAllAsStream().peek(d -> EXAMINED.incrementAndGet());
        }

        private List<SecondaryIndex> secondaryIndexes() {
            List<SecondaryIndex> secondary = new ArrayList<>();
            for (Index<Object> index : getIndexes()) {
                if (index instanceof SecondaryIndex s) {
                    secondary.add(s);
                }
            }
            return secondary;
        }

        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            EXAMINED.incrementAndGet();
            return super.documentMatchesQuery(document, query);
        }
    }
}
