package se.icld.gendernetwork.localinfra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique (optionally partial) index of the local stack's MongoDB, which mongo-java-server itself
 * does not keep (it logs "adding secondary index … not yet implemented" and ignores it). It lives in
 * memory, next to the collection's documents in the H2 file, and is rebuilt from them when LocalInfra
 * starts. The entries are ordered as MongoDB orders an index: by each key in its direction, then by
 * the document's position (its {@code _id}); a document whose key is an array has one entry per element
 * (a "multikey" index, which then serves equality but not a sort). With a partial filter only the
 * documents matching it are entries.
 *
 * <p>It never answers a query by itself ({@link #canHandle} is false, so mongo-java-server's own plan is
 * unchanged): {@link IndexedH2Backend}'s collections ask it for candidate positions and still match every
 * candidate document against the whole query, so an index can only make a query read fewer documents,
 * never change its answer. Not thread-safe: the collection calls it under its own lock.
 */
final class SecondaryIndex extends Index<Object> {

    private final Document partialFilter;
    private final DefaultQueryMatcher matcher = new DefaultQueryMatcher();
    private final Comparator<Object> firstKeyOrder;
    private final NavigableMap<Object, NavigableSet<Entry>> groups;
    private final Comparator<Entry> entryOrder;
    private final Map<Object, List<Entry>> byPosition = new HashMap<>();
    private boolean multikey;

    /** One key value (all the index's keys) of one document. */
    record Entry(KeyValue key, Object position) {
    }

    SecondaryIndex(String name, List<IndexKey> keys, Document partialFilter) {
        super(name, keys, false);
        this.partialFilter = partialFilter == null || partialFilter.isEmpty() ? null : partialFilter;
        this.firstKeyOrder = order(keys.get(0));
        this.groups = new TreeMap<>(firstKeyOrder);
        this.entryOrder = entryOrder(keys);
    }

    private static Comparator<Object> order(IndexKey key) {
        return key.isAscending() ? ValueComparator.asc() : ValueComparator.desc();
    }

    private static Comparator<Entry> entryOrder(List<IndexKey> keys) {
        Comparator<Object> positions = ValueComparator.asc();
        return (a, b) -> {
            for (int i = 1; i < keys.size(); i++) {
                int c = order(keys.get(i)).compare(a.key().get(i), b.key().get(i));
                if (c != 0) {
                    return c;
                }
            }
            return positions.compare(a.position(), b.position());
        };
    }

    Document partialFilter() {
        return partialFilter;
    }

    /** Some document ever indexed had an array as its key (or an empty one): not one entry per document. */
    boolean isMultikey() {
        return multikey;
    }

    List<String> keyNames() {
        return keys();
    }

    /** How many entries have one of these first-key values. */
    long countFirstKeyIn(Collection<Object> values) {
        long n = 0;
        for (Object value : distinct(values)) {
            NavigableSet<Entry> group = groups.get(value);
            n += group == null ? 0 : group.size();
        }
        return n;
    }

    /** The positions of the entries with one of these first-key values: the groups in the first key's order, each in index order. */
    Stream<Object> positionsWithFirstKeyIn(Collection<Object> values) {
        return distinct(values).stream()
                .map(value -> groups.get(value))
                .filter(group -> group != null)
                .flatMap(NavigableSet::stream)
                .map(Entry::position)
                .distinct();
    }

    /**
     * The positions of the entries with one of these first-key values in the order of the index's other
     * keys (or the reverse) across the groups, as MongoDB's SORT_MERGE reads them: the groups, each in
     * order, merged as they are read (one group read as it is), so that a page reads about a page. For
     * an index with one entry per document.
     */
    Stream<Object> positionsWithFirstKeyInOrder(Collection<Object> values, boolean backwards) {
        Comparator<Entry> order = backwards ? entryOrder.reversed() : entryOrder;
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.entry, b.entry));
        for (Object value : distinct(values)) {
            NavigableSet<Entry> group = groups.get(value);
            if (group != null && !group.isEmpty()) {
                Iterator<Entry> entries = backwards ? group.descendingIterator() : group.iterator();
                heads.add(new Head(entries.next(), entries));
            }
        }
        Iterator<Object> merged = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public Object next() {
                Head head = heads.remove();
                if (head.rest.hasNext()) {
                    heads.add(new Head(head.rest.next(), head.rest));
                }
                return head.entry.position();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED), false);
    }

    /** A group's next entry in a merge, and the entries after it. */
    private record Head(Entry entry, Iterator<Entry> rest) {
    }

    /** The first-key values, each once, as the groups hold them (a null as missing). */
    private NavigableSet<Object> distinct(Collection<Object> values) {
        NavigableSet<Object> distinct = new TreeSet<>(firstKeyOrder);
        values.forEach(value -> distinct.add(Missing.ofNullable(value)));
        return distinct;
    }

    /** Every position, in index order (or the reverse). */
    Stream<Object> positionsInOrder(boolean backwards) {
        NavigableMap<Object, NavigableSet<Entry>> ordered = backwards ? groups.descendingMap() : groups;
        return ordered.values().stream()
                .flatMap(group -> (backwards ? group.descendingSet() : group).stream())
                .map(Entry::position)
                .distinct();
    }

    @Override
    public Object getPosition(Document document) {
        Object id = Utils.getSubdocumentValue(document, "_id");
        return byPosition.containsKey(id) ? id : null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // Not unique: any document can be added.
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (partialFilter != null && !matcher.matches(document, partialFilter)) {
            return;
        }
        Set<KeyValue> values = getKeyValues(document);
        if (values.size() != 1) {
            multikey = true;
        }
        List<Entry> entries = new ArrayList<>(values.size());
        for (KeyValue value : values) {
            Entry entry = new Entry(value, position);
            groups.computeIfAbsent(Missing.ofNullable(value.get(0)), v -> new TreeSet<>(entryOrder)).add(entry);
            entries.add(entry);
        }
        byPosition.put(position, entries);
    }

    @Override
    public Object remove(Document document) {
        Object position = Utils.getSubdocumentValue(document, "_id");
        removePosition(position);
        // The collection checks that every index names the same position: a document this (partial)
        // index never held is still at its _id.
        return position;
    }

    private void removePosition(Object position) {
        List<Entry> entries = byPosition.remove(position);
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            Object first = Missing.ofNullable(entry.key().get(0));
            NavigableSet<Entry> group = groups.get(first);
            if (group != null) {
                group.remove(entry);
                if (group.isEmpty()) {
                    groups.remove(first);
                }
            }
        }
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("asked through IndexedH2Backend's planner only");
    }

    @Override
    public long getCount() {
        return byPosition.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // Not unique: any change is allowed.
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        List<Entry> current = byPosition.get(position);
        boolean belongs = partialFilter == null || matcher.matches(newDocument, partialFilter);
        if (current == null && !belongs) {
            return;
        }
        if (current != null && belongs) {
            // Most updates change no indexed field: the entries stay where they are.
            Set<KeyValue> values = getKeyValues(newDocument);
            if (values.size() == current.size() && current.stream().allMatch(e -> values.contains(e.key()))) {
                return;
            }
        }
        removePosition(position);
        add(newDocument, position, collection);
    }

    @Override
    public void drop() {
        groups.clear();
        byPosition.clear();
    }

    @Override
    public Document toIndexDescription() {
        Document description = super.toIndexDescription();
        if (partialFilter != null) {
            description.put("partialFilterExpression", partialFilter);
        }
        return description;
    }
}
