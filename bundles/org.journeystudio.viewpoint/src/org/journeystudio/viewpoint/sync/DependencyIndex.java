package org.journeystudio.viewpoint.sync;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

/**
 * Which units read which (object, feature): the reverse of what units recorded, so that a change
 * notification finds the few units it affects without looking at the others.
 */
final class DependencyIndex {

    /** The pseudo-feature "container of the object". */
    static final Object CONTAINER = new Object() {
        @Override
        public String toString() {
            return "eContainer";
        }
    };

    private final Map<EObject, Map<Object, Set<Unit>>> readers = new IdentityHashMap<>();
    private final Set<Unit> wildcard = new LinkedHashSet<>();

    /** Records that a unit read a feature; false when it had already. */
    boolean add(Unit unit, EObject object, Object feature) {
        return readers.computeIfAbsent(object, key -> new HashMap<>(4))
                .computeIfAbsent(feature, key -> new LinkedHashSet<>(2)).add(unit);
    }

    void remove(Unit unit, EObject object, Object feature) {
        Map<Object, Set<Unit>> byFeature = readers.get(object);
        if (byFeature == null) {
            return;
        }
        Set<Unit> units = byFeature.get(feature);
        if (units != null && units.remove(unit) && units.isEmpty()) {
            byFeature.remove(feature);
            if (byFeature.isEmpty()) {
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
    void readersOf(EObject object, Object feature, Consumer<Unit> sink) {
        Map<Object, Set<Unit>> byFeature = readers.get(object);
        if (byFeature != null) {
            Set<Unit> units = byFeature.get(feature);
            if (units != null) {
                units.forEach(sink);
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
