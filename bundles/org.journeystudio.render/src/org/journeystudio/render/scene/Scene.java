package org.journeystudio.render.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.Rect;
import org.journeystudio.render.internal.GridIndex;

/**
 * A display list: top-level figures (usually groups) painted in the order they were added,
 * later ones on top. A spatial index over the top-level figures, built on first draw after a
 * change, lets {@link #draw(Canvas, Rect)} visit only those that intersect the viewport
 * (DESIGN.md §5), so a viewport costs the same on a map of a thousand cards or ten thousand.
 *
 * <p>Not thread-safe: the index is built lazily and queries share a scratch array.
 */
public final class Scene {

    private final List<Figure> figures = new ArrayList<>();
    private Rect bounds = Rect.EMPTY;
    private GridIndex index;

    public Scene add(Figure figure) {
        figures.add(figure);
        bounds = bounds.union(figure.bounds());
        index = null;
        return this;
    }

    public List<Figure> figures() {
        return Collections.unmodifiableList(figures);
    }

    /** The union of the bounds of every figure; {@link Rect#EMPTY} for an empty scene. */
    public Rect bounds() {
        return bounds;
    }

    /** Draws every figure. */
    public void draw(Canvas canvas) {
        draw(canvas, bounds);
    }

    /**
     * Draws the figures that intersect {@code viewport} (in scene units), in display-list order,
     * and returns how many top-level figures that was.
     */
    public int draw(Canvas canvas, Rect viewport) {
        if (index == null) {
            index = new GridIndex(figures.stream().map(Figure::bounds).toList());
        }
        int[] visible = index.query(viewport);
        for (int i : visible) {
            figures.get(i).draw(canvas, viewport);
        }
        return visible.length;
    }
}
