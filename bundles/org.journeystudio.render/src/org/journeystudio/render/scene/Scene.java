package org.journeystudio.render.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
    /** A scene this one follows (see {@link #after}), whose index it takes when every figure kept its bounds. */
    private Scene previous;

    public Scene() {
    }

    /**
     * A new, empty scene that follows {@code previous}: the next state of the same picture. When, at
     * its first draw, it holds as many figures as {@code previous} with the same bounds in the same
     * order, it takes over {@code previous}'s spatial index instead of building one (an edit that
     * changed only what some cards say); {@code previous} is not to be drawn after that.
     */
    public static Scene after(Scene previous) {
        Scene scene = new Scene();
        // A scene never drawn has no index to give: its own predecessor's is the one to compare with.
        scene.previous = previous == null || previous.index != null ? previous : previous.previous;
        return scene;
    }

    /**
     * The next state of {@code previous} with some of its figures replaced, by their index in its list;
     * the rest are the same objects in the same order. Costs what the replaced figures cost, not what
     * the whole list does (the bounds are worked out again only when a replaced figure reached them).
     */
    public static Scene replacing(Scene previous, Map<Integer, Figure> replaced) {
        Scene scene = after(previous);
        scene.figures.addAll(previous.figures);
        Rect extent = previous.bounds;
        boolean exact = true;
        for (Map.Entry<Integer, Figure> change : replaced.entrySet()) {
            Figure old = scene.figures.set(change.getKey(), change.getValue());
            exact &= inside(old.bounds(), previous.bounds);
            extent = extent.union(change.getValue().bounds());
        }
        if (!exact) {
            extent = Rect.EMPTY;
            for (Figure figure : scene.figures) {
                extent = extent.union(figure.bounds());
            }
        }
        scene.bounds = extent;
        return scene;
    }

    /** Whether a rectangle lies inside another without touching its edges (so it did not define them). */
    private static boolean inside(Rect inner, Rect outer) {
        return inner.x() > outer.x() && inner.y() > outer.y() && inner.maxX() < outer.maxX() && inner.maxY() < outer.maxY();
    }

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

    /** Whether the figures of another scene, which has an index, have the bounds of this one's, one by one. */
    private boolean sameBounds(Scene other) {
        if (other == null || other.index == null || other.figures.size() != figures.size()) {
            return false;
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure mine = figures.get(i);
            Figure theirs = other.figures.get(i);
            if (mine != theirs && !mine.bounds().equals(theirs.bounds())) {
                return false;
            }
        }
        return true;
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
            index = sameBounds(previous) ? previous.index : new GridIndex(figures.stream().map(Figure::bounds).toList());
            previous = null;
        }
        int[] visible = index.query(viewport);
        for (int i : visible) {
            figures.get(i).draw(canvas, viewport);
        }
        return visible.length;
    }
}
