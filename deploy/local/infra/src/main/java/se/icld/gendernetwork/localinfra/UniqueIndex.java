package se.icld.gendernetwork.localinfra;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * A unique index of the local stack's MongoDB (every collection's {@code _id}, and the unique indexes the
 * services declare), kept in a hash map in memory instead of mongo-java-server's H2 map. H2 orders the
 * keys of that map by Java-serialising both sides of every comparison, so each lookup by {@code _id} and
 * each insert serialised a few dozen keys: about a quarter of LocalInfra's CPU in a deadline rush. Like
 * {@link SecondaryIndex} it is rebuilt from the collection's documents when LocalInfra starts
 * (mongo-java-server fills an empty index from the documents when it adds it); the rules (sparse keys,
 * a duplicate refused) are mongo-java-server's own, from {@link AbstractUniqueIndex}.
 */
final class UniqueIndex extends AbstractUniqueIndex<Object> {

    private final Map<KeyValue, Object> positions = new ConcurrentHashMap<>();

    UniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return positions.putIfAbsent(key, position) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
