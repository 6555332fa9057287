package org.journeystudio.render.scene;

import java.util.List;

import org.journeystudio.render.Canvas;
import org.journeystudio.render.Rect;

/**
 * Figures drawn together under an id and an optional CSS class: an SVG {@code <g>}, the unit
 * of viewport culling at the top level of a {@link Scene}. Children that miss the viewport are
 * skipped too.
 */
public final class GroupFigure implements Figure {

    private final String id;
    private final String cssClass;
    private final List<Figure> children;
    private final Rect bounds;

    public GroupFigure(String id, String cssClass, List<? extends Figure> children) {
        this.id = id;
        this.cssClass = cssClass;
        this.children = List.copyOf(children);
        Rect union = Rect.EMPTY;
        for (Figure child : this.children) {
            union = union.union(child.bounds());
        }
        this.bounds = union;
    }

    public static GroupFigure of(String id, String cssClass, Figure... children) {
        return new GroupFigure(id, cssClass, List.of(children));
    }

    public String id() {
        return id;
    }

    public String cssClass() {
        return cssClass;
    }

    public List<Figure> children() {
        return children;
    }

    @Override
    public Rect bounds() {
        return bounds;
    }

    @Override
    public void draw(Canvas canvas, Rect viewport) {
        canvas.beginGroup(id, cssClass);
        for (Figure child : children) {
            if (child.bounds().intersects(viewport)) {
                child.draw(canvas, viewport);
            }
        }
        canvas.endGroup();
    }
}
