package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The units of one representation that a change made dirty, re-evaluated parents first. */
final class DirtyUnits {

    private final Set<Unit> units = new LinkedHashSet<>();

    void mark(Unit unit) {
        if (unit.isAlive() && !unit.isDirty()) {
            unit.markDirty();
            units.add(unit);
        }
    }

    boolean isEmpty() {
        return units.isEmpty();
    }

    int size() {
        return units.size();
    }

    void clear() {
        units.clear();
    }

    /** Re-evaluates every dirty unit that is still alive, shallowest first, until none is left. */
    void drain() {
        while (!units.isEmpty()) {
            List<Unit> batch = new ArrayList<>(units);
            units.clear();
            batch.sort(Comparator.comparingInt(Unit::depth));
            for (Unit unit : batch) {
                if (unit.isAlive() && unit.isDirty()) {
                    unit.evaluate();
                }
            }
        }
    }
}
