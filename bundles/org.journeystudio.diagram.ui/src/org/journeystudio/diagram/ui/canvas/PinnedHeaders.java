package org.journeystudio.diagram.ui.canvas;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.journeystudio.diagram.ui.swt.SwtCanvas;
import org.journeystudio.render.Rect;
import org.journeystudio.render.diagram.StickyHeaders;
import org.journeystudio.render.scene.Figure;

/**
 * Keeps a lane grid's headers in view ({@link StickyHeaders}): once the lanes' titles have scrolled
 * out at the left, they are drawn at the view's left edge, each beside its lane; once the stage band
 * has scrolled out at the top, it is drawn at the view's top edge; a stage whose start has scrolled
 * out has its card drawn again from the left of the view on, so that its label stays in view.
 * Remembers where it drew the titles and the band, so that a click on them hits what they show.
 */
final class PinnedHeaders {

    /** Pixels between a pinned header and the view's edge. */
    private static final double INSET = 4;
    /** Pixels at a stage card's right end that are left as the scene drew them (its rounded corners). */
    private static final double CARD_END = 12;

    private double titlesDx;
    private double stagesDy;
    private Rectangle titles;
    private Rectangle stages;

    /** Draws the headers that have scrolled out, over the scene; call inside the scene's transform. */
    void draw(SwtCanvas canvas, StickyHeaders headers, Viewport viewport) {
        titles = null;
        stages = null;
        titlesDx = 0;
        stagesDy = 0;
        if (headers.isEmpty()) {
            return;
        }
        Rect view = viewport.visible();
        double inset = INSET / viewport.zoom();
        double dy = view.y() + inset - headers.stageBand().y();
        double dx = view.x() + inset - headers.titleColumn().x();
        boolean pinTop = !headers.stageBand().isEmpty() && dy > 0;
        boolean pinLeft = dx > 0;
        List<Figure> all = headers.titles();
        for (int i = 0; pinLeft && i < all.size(); i++) {
            if (i != headers.stageTitle() || !pinTop) {
                drawMoved(canvas, all.get(i), dx, 0, view);
            }
        }
        if (pinTop) {
            stagesDy = dy;
            canvas.pushTransform(0, dy, 1);
            headers.stages().draw(canvas, view.translate(0, -dy));
            canvas.popTransform();
            stages = control(viewport, headers.stageBand().translate(0, dy));
        }
        double left = pinLeft ? headers.titleColumn().maxX() + dx + inset : view.x();
        keepStageLabels(canvas, headers, left, pinTop ? dy : 0, view, viewport.zoom());
        if (pinLeft) {
            titlesDx = dx;
            if (pinTop && headers.stageTitle() >= 0) {
                drawMoved(canvas, all.get(headers.stageTitle()), dx, dy, view);
            }
            titles = control(viewport, headers.titleColumn().translate(dx, 0));
        }
    }

    /**
     * A stage card that begins left of {@code left} and goes on to the right of it is drawn again from
     * {@code left} on, moved right, so that its label stays in view; its own right end stays as drawn.
     */
    private static void keepStageLabels(SwtCanvas canvas, StickyHeaders headers, double left, double dy, Rect view,
            double zoom) {
        double end = CARD_END / zoom;
        for (Figure card : headers.stageCards()) {
            Rect r = card.bounds();
            if (r.x() < left && r.maxX() - end > left && r.translate(0, dy).intersects(view)) {
                canvas.pushClip(Rect.of(left, r.y() + dy, r.maxX() - end - left, r.h()));
                drawMoved(canvas, card, left - r.x(), dy, view);
                canvas.popClip();
            }
        }
    }

    private static void drawMoved(SwtCanvas canvas, Figure figure, double dx, double dy, Rect view) {
        if (figure.bounds().translate(dx, dy).intersects(view)) {
            canvas.pushTransform(dx, dy, 1);
            figure.draw(canvas, view.translate(-dx, -dy));
            canvas.popTransform();
        }
    }

    /** Where the lane titles were last drawn at the left edge, in control pixels; null when they were in place. */
    Rectangle titles() {
        return titles;
    }

    /** Where the stage band was last drawn at the top edge, in control pixels; null when it was in place. */
    Rectangle stages() {
        return stages;
    }

    /** The scene point a control point shows: on a pinned header, the point of the header's place in the scene. */
    double[] scenePoint(Viewport viewport, int x, int y) {
        double sx = viewport.sceneX(x);
        double sy = viewport.sceneY(y);
        if (stages != null && stages.contains(x, y)) {
            sy -= stagesDy;
        }
        if (titles != null && titles.contains(x, y)) {
            sx -= titlesDx;
        }
        return new double[] {sx, sy};
    }

    private static Rectangle control(Viewport viewport, Rect r) {
        int x = (int) Math.round(viewport.controlX(r.x()));
        int y = (int) Math.round(viewport.controlY(r.y()));
        return new Rectangle(x, y, (int) Math.round(r.w() * viewport.zoom()), (int) Math.round(r.h() * viewport.zoom()));
    }
}
