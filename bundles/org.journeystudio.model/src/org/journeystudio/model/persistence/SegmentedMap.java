package org.journeystudio.model.persistence;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * A map made of many small maps, each key going to the one its hash picks. The id maps of a
 * large model loaded at once are the reason: as one map each, their tables become single arrays
 * of megabytes, which the garbage collector puts straight into the old generation, where they
 * outlive their model and keep the young elements they point to alive through the next young
 * collections (each load of a 100k map then paid for copying the one before). Small segments
 * are ordinary young objects that die with their model.
 *
 * @param <K> the keys
 * @param <V> the values
 */
final class SegmentedMap<K, V> extends AbstractMap<K, V> {

    private final Map<K, V>[] segments;
    private final ToIntFunction<Object> hash;
    private final int shift;
    private int size;

    /**
     * @param count how many segments, a power of two
     * @param segment makes one segment (a HashMap, an IdentityHashMap, ...)
     * @param hash the hash the segments go by (the same notion of key as theirs)
     */
    @SuppressWarnings("unchecked")
    SegmentedMap(int count, Supplier<Map<K, V>> segment, ToIntFunction<Object> hash) {
        if (Integer.bitCount(count) != 1 || count < 2) {
            throw new IllegalArgumentException("segments must be a power of two above 1: " + count);
        }
        this.segments = new Map[count];
        for (int i = 0; i < count; i++) {
            segments[i] = segment.get();
        }
        this.hash = hash;
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(count);
    }

    private Map<K, V> segmentOf(Object key) {
        // The high bits of a well-mixed hash: the segments' own tables use the low ones. A null key
        // (which the segment's own map may allow) goes to the first.
        return key == null ? segments[0] : segments[(hash.applyAsInt(key) * 0x9E3779B9) >>> shift];
    }

    @Override
    public V get(Object key) {
        return segmentOf(key).get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return segmentOf(key).containsKey(key);
    }

    @Override
    public V put(K key, V value) {
        Map<K, V> segment = segmentOf(key);
        int before = segment.size();
        V old = segment.put(key, value);
        size += segment.size() - before;
        return old;
    }

    @Override
    public V remove(Object key) {
        Map<K, V> segment = segmentOf(key);
        int before = segment.size();
        V old = segment.remove(key);
        size += segment.size() - before;
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        for (Map<K, V> segment : segments) {
            segment.clear();
        }
        size = 0;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The entries of the segments one after the other; removing goes to the segment. */
    private final class Entries implements Iterator<Entry<K, V>> {

        private int index;
        private Iterator<Entry<K, V>> current = segments[0].entrySet().iterator();
        private Iterator<Entry<K, V>> last;

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && index + 1 < segments.length) {
                current = segments[++index].entrySet().iterator();
            }
            return current.hasNext();
        }

        @Override
        public Entry<K, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = current;
            return current.next();
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            last.remove();
            last = null;
            size--;
        }
    }
}
