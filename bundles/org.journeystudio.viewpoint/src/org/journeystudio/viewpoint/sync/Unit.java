package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.viewpoint.expression.ReadRecorder;

/**
 * One piece of a representation that is computed from expressions: the candidates of a mapping
 * under one parent view, or the label and style of one view. While it evaluates, it records what
 * it read into the {@link DependencyIndex}; a change to any of that makes it dirty.
 */
abstract class Unit implements ReadRecorder {

    private final DependencyIndex index;
    private final List<Object> reads = new ArrayList<>();
    private boolean alive = true;
    private boolean dirty;

    Unit(DependencyIndex index) {
        this.index = index;
    }

    /** Re-evaluates the unit, recording its reads afresh. */
    final void evaluate() {
        forgetReads();
        dirty = false;
        compute();
    }

    protected abstract void compute();

    /** Depth in the view tree; parents are refreshed before their children. */
    abstract int depth();

    @Override
    public void read(EObject object, EStructuralFeature feature) {
        track(object, feature);
    }

    @Override
    public void readContainer(EObject object) {
        track(object, DependencyIndex.CONTAINER);
    }

    @Override
    public void readAll() {
        index.addWildcard(this);
        reads.add(this);
        reads.add(DependencyIndex.CONTAINER);
    }

    private void track(EObject object, Object key) {
        if (index.add(this, object, key)) {
            reads.add(object);
            reads.add(key);
        }
    }

    private void forgetReads() {
        for (int i = 0; i < reads.size(); i += 2) {
            Object object = reads.get(i);
            if (object == this) {
                index.removeWildcard(this);
            } else {
                index.remove(this, (EObject) object, reads.get(i + 1));
            }
        }
        reads.clear();
    }

    /** Stops the unit for good: its view is gone. */
    final void dispose() {
        forgetReads();
        alive = false;
    }

    /**
     * Stops the unit without unregistering its reads one by one: for a full refresh, which
     * clears the whole index anyway.
     */
    final void abandon() {
        alive = false;
    }

    final boolean isAlive() {
        return alive;
    }

    final boolean isDirty() {
        return dirty;
    }

    final void markDirty() {
        dirty = true;
    }

    /** How many (object, feature) reads the unit holds, for tests and benchmarks. */
    final int readCount() {
        return reads.size() / 2;
    }
}
