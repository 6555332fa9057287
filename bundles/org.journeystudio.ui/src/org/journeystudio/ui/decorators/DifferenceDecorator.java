package org.journeystudio.ui.decorators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.journeystudio.ui.decorators.ElementDifferences.Ghost;
import org.journeystudio.ui.decorators.ElementDifferences.Mark;

/**
 * The differences of a comparison drawn over a page's control: a green frame around every added
 * element, an amber one around every changed element, and a red dashed ghost with the label of
 * every deleted element, just below the first of its anchors the page shows (ghosts at one anchor
 * stack downwards). A page gives one function: where an element is drawn.
 */
public final class DifferenceDecorator {

    /** Green: added. */
    public static final Color ADDED = new Color(22, 163, 74);
    /** Amber: changed. */
    public static final Color CHANGED = new Color(245, 158, 11);
    /** Red: deleted. */
    public static final Color DELETED = new Color(220, 38, 38);
    private static final Color GHOST_FILL = new Color(254, 226, 226);
    private static final int FRAME = 3;
    private static final int GAP = 4;
    private static final int GHOST_ALPHA = 200;

    private final ElementDifferences differences;
    private final Function<EObject, Rectangle> boundsOf;

    private DifferenceDecorator(ElementDifferences differences, Function<EObject, Rectangle> boundsOf) {
        this.differences = differences;
        this.boundsOf = boundsOf;
    }

    /**
     * Decorates a control.
     *
     * @param boundsOf where an element is drawn, in the control's pixels; null when it is not shown
     */
    public static void install(Control control, ElementDifferences differences, Function<EObject, Rectangle> boundsOf) {
        DifferenceDecorator decorator = new DifferenceDecorator(differences, boundsOf);
        control.addListener(SWT.Paint, decorator::paint);
        Runnable repaint = () -> {
            if (!control.isDisposed()) {
                control.redraw();
            }
        };
        differences.addListener(repaint);
        control.addListener(SWT.Dispose, event -> differences.removeListener(repaint));
    }

    private void paint(Event event) {
        GC gc = event.gc;
        gc.setLineWidth(FRAME);
        gc.setLineStyle(SWT.LINE_SOLID);
        for (EObject element : differences.marked()) {
            Mark mark = differences.of(element);
            Rectangle bounds = mark == null ? null : boundsOf.apply(element);
            if (bounds != null) {
                gc.setForeground(mark == Mark.ADDED ? ADDED : CHANGED);
                gc.drawRoundRectangle(bounds.x - FRAME, bounds.y - FRAME, bounds.width + 2 * FRAME,
                        bounds.height + 2 * FRAME, 10, 10);
            }
        }
        Map<EObject, Integer> stacked = new HashMap<>();
        for (Ghost ghost : differences.ghosts()) {
            EObject anchor = firstShown(ghost.anchors());
            if (anchor != null) {
                int below = stacked.merge(anchor, 1, Integer::sum);
                drawGhost(gc, ghost.label(), boundsOf.apply(anchor), below);
            }
        }
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private EObject firstShown(List<EObject> anchors) {
        for (EObject anchor : anchors) {
            if (anchor != null && boundsOf.apply(anchor) != null) {
                return anchor;
            }
        }
        return null;
    }

    /** A ghost as wide as its anchor or its text, as high as its text, the {@code below}-th under the anchor. */
    private static void drawGhost(GC gc, String label, Rectangle anchor, int below) {
        String text = "\u2715 " + label;
        Point extent = gc.textExtent(text);
        int height = extent.y + 2 * GAP;
        int width = Math.max(anchor.width, extent.x + 2 * GAP);
        int y = anchor.y + anchor.height + GAP + (below - 1) * (height + GAP);
        Rectangle ghost = new Rectangle(anchor.x, y, width, height);
        gc.setAlpha(GHOST_ALPHA);
        gc.setBackground(GHOST_FILL);
        gc.fillRoundRectangle(ghost.x, ghost.y, ghost.width, ghost.height, 8, 8);
        gc.setAlpha(255);
        gc.setForeground(DELETED);
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRoundRectangle(ghost.x, ghost.y, ghost.width, ghost.height, 8, 8);
        Rectangle clip = gc.getClipping();
        gc.setClipping(ghost.intersection(clip));
        gc.drawText(text, ghost.x + GAP, ghost.y + GAP, true);
        gc.setClipping(clip);
    }
}
