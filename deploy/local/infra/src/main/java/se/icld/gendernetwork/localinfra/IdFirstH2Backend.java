package se.icld.gendernetwork.localinfra;

import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
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
 * mongo-java-server's H2 backend (the local stack's MongoDB), with one change: a query that names the
 * document's {@code _id} beside other conditions ({@code {_id: x, version: 3}},
 * {@code {_id: {$in: [...]}, lease: y}}) finds the {@code _id} in its index and checks the other
 * conditions on the documents found, as MongoDB does. mongo-java-server uses an index only for a query
 * on exactly the index's keys and otherwise reads the whole collection; every optimistic-locking or
 * leased write of the services is such a query, so each one read every application and the local
 * stack slowed down as the data grew (1,000 submissions: review registered ~16 per second at the end).
 * The documents the collections examine are counted ({@link #documentsExamined()}), as MongoDB's
 * {@code totalDocsExamined}, for the test that pins this. The services' queries are flat documents
 * (Spring Data writes {@code where("_id").is(x).and("version").is(v)} as {@code {_id: x, version: v}}),
 * which is the shape handled here; an {@code _id} inside {@code $and} is read the old way.
 */
final class IdFirstH2Backend extends H2Backend {

    /** Static: H2Backend opens (and reads) existing databases from its constructor, before any field here is set. */
    private static final AtomicLong EXAMINED = new AtomicLong();

    /** @param fileName the MVStore file; {@code null} keeps the data in memory */
    IdFirstH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(cacheMegabytes()).open());
    }

    /**
     * MVStore's page cache, in MB: {@code -Dlocal.mongo.cache-mb}, by default a third of the heap (MVStore's
     * own default is 16 MB). Every query that is not by {@code _id} reads the whole collection here, and a
     * page not in the cache is read back from the file and its documents deserialised again (Java
     * serialisation): with a few thousand applications the periodic queries (the outbox sweep, notification's
     * due entries, the gauges) then kept a core busy, and the services' writes waited behind them (each
     * collection serves one request at a time).
     */
    static int cacheMegabytes() {
        Integer configured = Integer.getInteger("local.mongo.cache-mb");
        return configured != null ? configured : (int) Math.max(16, Runtime.getRuntime().maxMemory() / 3 / (1024 * 1024));
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

        Database(String databaseName) {
            super(databaseName, getMvStore(), IdFirstH2Backend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // The map names H2Database itself uses, so that existing data files open unchanged.
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + fullName);
            MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }
    }

    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, collectionName, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document fields) {
            Object id = query.get("_id");
            if (id != null && query.size() > 1) {
                Document byId = new Document("_id", id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize, fields);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
        }

        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            EXAMINED.incrementAndGet();
            return super.documentMatchesQuery(document, query);
        }
    }
}
