package org.journeystudio.diagram.ui.canvas;

import java.util.List;

import org.journeystudio.render.Rect;
import org.journeystudio.render.diagram.StickyHeaders;
import org.journeystudio.render.scene.Figure;
import org.journeystudio.render.scene.GroupFigure;
import org.journeystudio.render.scene.Scene;

/**
 * Where a new state of a picture differs from the one shown, so that the canvas repaints only there:
 * the union of the old and new bounds of the figures that are not the same objects any more (a
 * builder that keeps what did not change keeps those figures). Everything must be repainted when
 * the scenes differ in size or in many figures, when a lane changed (its title is also kept in view
 * at the left edge) or when something in the stage band changed (kept in view at the top).
 */
final class SceneDamage {

    /** More changed figures than this are repainted as a whole. */
    static final int MOST = 256;

    private SceneDamage() {
    }

    /** The scene area to repaint, {@link Rect#EMPTY} when nothing changed, or null for everything. */
    static Rect between(Scene before, Scene after, StickyHeaders headers) {
        List<Figure> old = before.figures();
        List<Figure> now = after.figures();
        if (old.size() != now.size() || !before.bounds().equals(after.bounds())) {
            return null;
        }
        Rect area = Rect.EMPTY;
        int changed = 0;
        for (int i = 0; i < now.size(); i++) {
            Figure was = old.get(i);
            Figure is = now.get(i);
            if (was == is) {
                continue;
            }
            if (++changed > MOST || headed(was, headers) || headed(is, headers)) {
                return null;
            }
            area = area.union(was.bounds()).union(is.bounds());
        }
        return area;
    }

    /** Whether a figure is drawn again as a header kept in view: a lane, or something in the stage band. */
    private static boolean headed(Figure figure, StickyHeaders headers) {
        if (figure instanceof GroupFigure group && group.cssClass() != null
                && (group.cssClass().startsWith("lane") || group.cssClass().startsWith("separator"))) {
            return true;
        }
        return !headers.stageBand().isEmpty() && figure.bounds().intersects(headers.stageBand());
    }
}
