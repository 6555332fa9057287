package org.journeystudio.viewpoint.sync;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

/**
 * Which units read which (object, feature): the reverse of what units recorded, so that a change
 * notification finds the few units it affects without looking at the others.
 *
 * <p>Built for a full refresh of a large diagram, which records hundreds of thousands of reads:
 * an object's features sit in a small array, and a feature read by a single unit (the usual case)
 * holds that unit itself rather than a set.
 */
final class DependencyIndex {

    /** The pseudo-feature "container of the object". */
    static final Object CONTAINER = new Object() {
        @Override
        public String toString() {
            return "eContainer";
        }
    };

    /** The features of one object that units read, each with its reader (a Unit) or readers (a Set). */
    private static final class Readers {
        Object[] features = new Object[4];
        Object[] units = new Object[4];
        int size;

        int indexOf(Object feature) {
            for (int i = 0; i < size; i++) {
                if (features[i] == feature) {
                    return i;
                }
            }
            return -1;
        }

        void append(Object feature, Unit unit) {
            if (size == features.length) {
                features = Arrays.copyOf(features, size * 2);
                units = Arrays.copyOf(units, size * 2);
            }
            features[size] = feature;
            units[size++] = unit;
        }

        void removeAt(int index) {
            size--;
            features[index] = features[size];
            units[index] = units[size];
            features[size] = null;
            units[size] = null;
        }
    }

    private final Map<EObject, Readers> readers = new IdentityHashMap<>();
    private final Set<Unit> wildcard = new LinkedHashSet<>();

    /** Records that a unit read a feature; false when it had already. */
    @SuppressWarnings("unchecked")
    boolean add(Unit unit, EObject object, Object feature) {
        Readers entry = readers.computeIfAbsent(object, key -> new Readers());
        int index = entry.indexOf(feature);
        if (index < 0) {
            entry.append(feature, unit);
            return true;
        }
        Object current = entry.units[index];
        if (current == unit) {
            return false;
        }
        if (current instanceof Unit single) {
            Set<Unit> set = Collections.newSetFromMap(new IdentityHashMap<>(4));
            set.add(single);
            set.add(unit);
            entry.units[index] = set;
            return true;
        }
        return ((Set<Unit>) current).add(unit);
    }

    @SuppressWarnings("unchecked")
    void remove(Unit unit, EObject object, Object feature) {
        Readers entry = readers.get(object);
        int index = entry == null ? -1 : entry.indexOf(feature);
        if (index < 0) {
            return;
        }
        Object current = entry.units[index];
        boolean empty = current == unit;
        if (current instanceof Set<?> set) {
            ((Set<Unit>) set).remove(unit);
            empty = set.isEmpty();
        }
        if (empty) {
            entry.removeAt(index);
            if (entry.size == 0) {
                readers.remove(object);
            }
        }
    }

    void addWildcard(Unit unit) {
        wildcard.add(unit);
    }

    void removeWildcard(Unit unit) {
        wildcard.remove(unit);
    }

    /** Hands every unit that read the feature of the object (and every wildcard unit) to the sink. */
    @SuppressWarnings("unchecked")
    void readersOf(EObject object, Object feature, Consumer<Unit> sink) {
        Readers entry = readers.get(object);
        int index = entry == null ? -1 : entry.indexOf(feature);
        if (index >= 0) {
            Object current = entry.units[index];
            if (current instanceof Unit single) {
                sink.accept(single);
            } else {
                // A copy: marking a unit dirty never changes the index, but be safe against re-entry.
                for (Unit unit : ((Set<Unit>) current).toArray(new Unit[0])) {
                    sink.accept(unit);
                }
            }
        }
        wildcard.forEach(sink);
    }

    /** Number of objects with readers, for tests. */
    int size() {
        return readers.size();
    }

    void clear() {
        readers.clear();
        wildcard.clear();
    }
}
