package org.journeystudio.render.internal;

import java.util.Arrays;
import java.util.List;

import org.journeystudio.render.Rect;

/**
 * A uniform grid over the bounds of a fixed list of rectangles, answering "which of them
 * intersect this area" in time proportional to the cells the area covers and the answers,
 * not to the size of the list. Cells are sized for about two rectangles each; each cell
 * keeps the indices of the rectangles overlapping it, in one flat array (compressed rows).
 */
public final class GridIndex {

    private static final int MAX_CELLS_PER_AXIS = 512;
    private static final double MIN_CELL = 16;

    private final Rect[] items;
    private final double originX;
    private final double originY;
    private final double cell;
    private final int cols;
    private final int rows;
    /** Where each cell's entries start in {@link #entries}; cell c holds entries[starts[c] .. starts[c + 1]). */
    private final int[] starts;
    private final int[] entries;
    /** The number of the query that last reported each item: no item is reported twice by one query. */
    private final int[] seenBy;
    private int queries;

    public GridIndex(List<Rect> bounds) {
        items = bounds.toArray(new Rect[0]);
        Rect extent = Rect.EMPTY;
        for (Rect r : items) {
            extent = extent.union(r);
        }
        originX = extent.x();
        originY = extent.y();
        double side = Math.sqrt(Math.max(1, extent.w() * extent.h()) / Math.max(1, items.length) * 2);
        cell = Math.max(MIN_CELL, Math.max(side, Math.max(extent.w(), extent.h()) / MAX_CELLS_PER_AXIS));
        cols = (int) (extent.w() / cell) + 1;
        rows = (int) (extent.h() / cell) + 1;
        starts = new int[cols * rows + 1];
        forEachCell(counter -> starts[counter + 1]++);
        for (int c = 0; c < cols * rows; c++) {
            starts[c + 1] += starts[c];
        }
        entries = new int[starts[cols * rows]];
        int[] next = Arrays.copyOf(starts, cols * rows);
        forEachCell(new CellVisitor() {
            private int item = -1;

            @Override
            public void item(int index) {
                item = index;
            }

            @Override
            public void accept(int c) {
                entries[next[c]++] = item;
            }
        });
        seenBy = new int[items.length];
    }

    /** Visits, for every item in order, each cell it overlaps. */
    private void forEachCell(CellVisitor visitor) {
        for (int i = 0; i < items.length; i++) {
            visitor.item(i);
            Rect r = items[i];
            int c0 = col(r.x());
            int c1 = col(r.maxX());
            int r1 = row(r.maxY());
            for (int row = row(r.y()); row <= r1; row++) {
                for (int col = c0; col <= c1; col++) {
                    visitor.accept(row * cols + col);
                }
            }
        }
    }

    /** The indices, ascending, of the rectangles that intersect {@code area}. */
    public int[] query(Rect area) {
        queries++;
        int[] found = new int[16];
        int count = 0;
        int c0 = col(area.x());
        int c1 = col(area.maxX());
        int r1 = row(area.maxY());
        for (int row = row(area.y()); row <= r1; row++) {
            for (int col = c0; col <= c1; col++) {
                int cellIndex = row * cols + col;
                for (int e = starts[cellIndex]; e < starts[cellIndex + 1]; e++) {
                    int item = entries[e];
                    if (seenBy[item] != queries && items[item].intersects(area)) {
                        seenBy[item] = queries;
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = item;
                    }
                }
            }
        }
        int[] result = Arrays.copyOf(found, count);
        Arrays.sort(result);
        return result;
    }

    private int col(double x) {
        return clamp((int) Math.floor((x - originX) / cell), cols);
    }

    private int row(double y) {
        return clamp((int) Math.floor((y - originY) / cell), rows);
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    /** Receives the current item, then each cell it overlaps. */
    private interface CellVisitor {
        default void item(int index) {
            // Counting needs only the cells.
        }

        void accept(int cell);
    }
}
