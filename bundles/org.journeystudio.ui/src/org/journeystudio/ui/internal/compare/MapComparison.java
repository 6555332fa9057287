package org.journeystudio.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.compare.Difference;
import org.journeystudio.model.compare.DifferenceCopy;
import org.journeystudio.model.compare.ModelDiff;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.model.compare.SnapshotBuilder;

/**
 * Two versions of a map and the differences from the left (older) one to the right (newer) one,
 * worked out again after every copy. A copy takes one difference over to the other side: right
 * to left applies it to the left map, left to right undoes it on the right map.
 */
final class MapComparison {

    /** The way a difference is copied. */
    enum Direction {
        LEFT_TO_RIGHT, RIGHT_TO_LEFT
    }

    private final CompareSide left;
    private final CompareSide right;
    private List<Difference> differences = List.of();
    private final List<Runnable> listeners = new ArrayList<>();

    MapComparison(CompareSide left, CompareSide right) {
        this.left = left;
        this.right = right;
        recompute();
    }

    CompareSide left() {
        return left;
    }

    CompareSide right() {
        return right;
    }

    /** The differences from left to right: deletions first, then additions, moves and changes. */
    List<Difference> differences() {
        return differences;
    }

    /** Whether a difference can be copied that way: the side it goes to is not read-only. */
    boolean canCopy(Direction direction) {
        return !target(direction).readOnly();
    }

    /**
     * Copies one difference to the other side, which becomes dirty.
     *
     * @return the references of the changed side left out because their targets are not there
     */
    List<SnapshotBuilder.Dropped> copy(Difference difference, Direction direction) {
        CompareSide target = target(direction);
        if (target.readOnly()) {
            throw new IllegalStateException(target.label() + " is read-only");
        }
        ModelSnapshot leftState = ModelSnapshot.of(left.resource());
        ModelSnapshot rightState = ModelSnapshot.of(right.resource());
        List<SnapshotBuilder.Dropped> dropped;
        if (direction == Direction.RIGHT_TO_LEFT) {
            dropped = left.replace(DifferenceCopy.apply(leftState, rightState, differences, difference));
        } else {
            List<Difference> reversed = ModelDiff.compare(right.resource(), rightState, left.resource(), leftState);
            Difference undo = DifferenceCopy.counterpart(difference, reversed);
            if (undo == null) {
                throw new IllegalStateException("no counterpart of " + difference);
            }
            dropped = right.replace(DifferenceCopy.apply(rightState, leftState, reversed, undo));
        }
        recompute();
        return dropped;
    }

    private CompareSide target(Direction direction) {
        return direction == Direction.RIGHT_TO_LEFT ? left : right;
    }

    private void recompute() {
        differences = ModelDiff.compare(left.resource(), right.resource());
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }

    /** Runs after every change of the differences. */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
