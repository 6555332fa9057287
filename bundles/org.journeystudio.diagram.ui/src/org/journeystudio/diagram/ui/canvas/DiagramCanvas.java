package org.journeystudio.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.journeystudio.diagram.ui.swt.SwtCanvas;
import org.journeystudio.diagram.ui.swt.SwtResources;
import org.journeystudio.render.Rect;
import org.journeystudio.render.RgbColor;
import org.journeystudio.render.StrokeSpec;
import org.journeystudio.render.diagram.StickyHeaders;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.View;
import org.journeystudio.viewpoint.tools.ToolCommands;

/**
 * A double-buffered SWT canvas showing a {@link DiagramPicture}: it draws only the figures that
 * meet the visible area, through {@link SwtCanvas} (the same scene the exporters draw), and adds
 * the editing overlays (selection, drag preview, marquee) through the same drawing interface.
 * Zoom, scrolling, selection and keyboard navigation live here; changes to the model go to the
 * page's {@link CanvasActions}.
 */
public final class DiagramCanvas {

    static final RgbColor SELECTION = RgbColor.parse("#2563eb");
    private static final RgbColor BACKDROP = RgbColor.parse("#eef2f6");
    private static final RgbColor SELECTION_HALO = RgbColor.parse("#2563eb").withAlpha(60);
    /** Pixels from an edge's route that still hit it. */
    private static final int EDGE_TOLERANCE = 5;
    /** Side of an edge's end handle in pixels. */
    private static final int EDGE_HANDLE = 8;
    private static final RgbColor MARQUEE_FILL = RgbColor.parse("#2563eb").withAlpha(30);

    private final Canvas control;
    private final SwtResources resources;
    private final Viewport viewport = new Viewport();
    private final List<Node> selection = new ArrayList<>();
    private final List<Consumer<List<? extends View>>> selectionListeners = new CopyOnWriteArrayList<>();
    private final CanvasInput input;
    private final PinnedHeaders pinned = new PinnedHeaders();
    private DiagramPicture picture;
    /** The selected edge, or null: an edge is selected alone, never with nodes. */
    private Edge selectedEdge;
    private int lastDrawn;
    private Rectangle lastRepaint = new Rectangle(0, 0, 0, 0);

    public DiagramCanvas(Composite parent, SwtResources resources, CanvasActions actions) {
        this.resources = resources;
        this.control = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        this.input = new CanvasInput(this, actions);
        control.addListener(SWT.Paint, this::paint);
        control.addListener(SWT.Resize, event -> {
            viewport.resize(control.getClientArea().width, control.getClientArea().height);
            viewChanged();
        });
        control.getHorizontalBar().addListener(SWT.Selection, event -> scrollFromBars());
        control.getVerticalBar().addListener(SWT.Selection, event -> scrollFromBars());
        input.install(control);
    }

    public Canvas control() {
        return control;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Shows a new state of the diagram; the selection keeps the views that are still there (by element). */
    public void show(DiagramPicture newPicture) {
        List<Node> kept = new ArrayList<>();
        for (Node node : selection) {
            Node again = newPicture.viewOf(node.getSemantic());
            if (again != null && again.getMapping().equals(node.getMapping())) {
                kept.add(again);
            }
        }
        boolean first = picture == null;
        Rect damage = first ? null : SceneDamage.between(picture.scene(), newPicture.scene(), newPicture.headers());
        Edge edgeBefore = selectedEdge;
        selectedEdge = selectedEdge == null ? null : newPicture.sameEdge(selectedEdge);
        boolean sameSelection = kept.equals(selection);
        picture = newPicture;
        viewport.setScene(newPicture.scene().bounds());
        selection.clear();
        selection.addAll(kept);
        if (first) {
            viewport.resize(control.getClientArea().width, control.getClientArea().height);
        }
        if (damage != null && sameSelection && edgeBefore == null) {
            repaint(damage);
        } else {
            viewChanged();
            lastRepaint = control.getClientArea();
        }
    }

    /**
     * Repaints a scene area only (nothing when it is empty or out of view), with room for the
     * selection's outline and handles around it.
     */
    private void repaint(Rect area) {
        if (area.isEmpty() || !area.intersects(viewport.visible())) {
            lastRepaint = new Rectangle(0, 0, 0, 0);
            return;
        }
        int margin = 12;
        int x = (int) Math.floor(viewport.controlX(area.x())) - margin;
        int y = (int) Math.floor(viewport.controlY(area.y())) - margin;
        int w = (int) Math.ceil(area.w() * viewport.zoom()) + 2 * margin;
        int h = (int) Math.ceil(area.h() * viewport.zoom()) + 2 * margin;
        control.redraw(x, y, w, h, false);
        lastRepaint = new Rectangle(x, y, w, h);
    }

    /**
     * The part of the control that the last new picture asked to repaint (in control pixels): the
     * whole client area, an area around what changed, or an empty rectangle when nothing did.
     */
    public Rectangle lastRepaint() {
        return lastRepaint;
    }

    public DiagramPicture picture() {
        return picture;
    }

    /** How many top-level figures the last paint drew (the rest were outside the visible area). */
    public int lastDrawnFigures() {
        return lastDrawn;
    }

    public List<Node> selection() {
        return Collections.unmodifiableList(selection);
    }

    public void setSelection(List<Node> nodes) {
        if (nodes.equals(selection) && selectedEdge == null) {
            return;
        }
        select(nodes, null);
    }

    /** The selected views, a snapshot: the selected nodes, or the selected edge alone. */
    public List<? extends View> selectedViews() {
        return selectedEdge != null ? List.of(selectedEdge) : List.copyOf(selection);
    }

    /** The selected edge, or null. */
    public Edge selectedEdge() {
        return selectedEdge;
    }

    /** Selects one edge alone (null: nothing). */
    public void selectEdge(Edge edge) {
        if (edge == null) {
            setSelection(List.of());
        } else if (edge != selectedEdge || !selection.isEmpty()) {
            select(List.of(), edge);
        }
    }

    /** Changes the selection and tells the listeners once. */
    private void select(List<Node> nodes, Edge edge) {
        selectedEdge = edge;
        selection.clear();
        selection.addAll(nodes);
        control.redraw();
        List<? extends View> now = selectedViews();
        selectionListeners.forEach(listener -> listener.accept(now));
    }

    /** The edge whose route passes within {@value #EDGE_TOLERANCE} pixels of a control point, or null. */
    public Edge edgeAt(int x, int y) {
        return picture == null ? null
                : picture.edgeAt(viewport.sceneX(x), viewport.sceneY(y), EDGE_TOLERANCE / viewport.zoom());
    }

    /** Which end handle of the selected edge lies under a control point, or null. */
    ToolCommands.End edgeHandleAt(int x, int y) {
        double[] xy = selectedEdge == null ? null : picture.route(selectedEdge);
        if (xy == null) {
            return null;
        }
        double sx = viewport.sceneX(x);
        double sy = viewport.sceneY(y);
        double reach = (EDGE_HANDLE / 2.0 + 2) / viewport.zoom();
        int last = xy.length - 2;
        if (Math.abs(sx - xy[last]) <= reach && Math.abs(sy - xy[last + 1]) <= reach) {
            return ToolCommands.End.TARGET;
        }
        return Math.abs(sx - xy[0]) <= reach && Math.abs(sy - xy[1]) <= reach ? ToolCommands.End.SOURCE : null;
    }

    /** The centre of an end of an edge in control pixels, or null when the edge is not shown. */
    public Point edgeEnd(Edge edge, ToolCommands.End end) {
        double[] xy = picture == null ? null : picture.route(edge);
        if (xy == null) {
            return null;
        }
        int i = end == ToolCommands.End.SOURCE ? 0 : xy.length - 2;
        return new Point((int) Math.round(viewport.controlX(xy[i])), (int) Math.round(viewport.controlY(xy[i + 1])));
    }

    public void addSelectionListener(Consumer<List<? extends View>> listener) {
        selectionListeners.add(listener);
    }

    /** Selects a node and scrolls it into view, clear of the headers kept at the edges. */
    public void reveal(Node node) {
        Rect bounds = picture == null ? null : picture.bounds(node);
        if (bounds != null) {
            StickyHeaders headers = picture.headers();
            double left = headers.titles().isEmpty() ? 0 : headers.titleColumn().w();
            double top = headers.stageBand().h();
            double x = viewport.originX();
            double y = viewport.originY();
            viewport.reveal(Rect.of(bounds.x() - left, bounds.y() - top, bounds.w() + left, bounds.h() + top));
            setSelection(List.of(node));
            if (x != viewport.originX() || y != viewport.originY()) {
                viewChanged();
            }
        }
    }

    /** The node under a control point (on a header kept in view, what the header shows), or null. */
    public Node nodeAt(int x, int y) {
        if (picture == null) {
            return null;
        }
        double[] scene = pinned.scenePoint(viewport, x, y);
        return picture.nodeAt(scene[0], scene[1]);
    }

    /** Where the last paint kept the lane titles at the left edge, in control pixels; null when they were in place. */
    public Rectangle pinnedLaneTitles() {
        return pinned.titles();
    }

    /** Where the last paint kept the stage band at the top edge, in control pixels; null when it was in place. */
    public Rectangle pinnedStages() {
        return pinned.stages();
    }

    /** A node's rectangle in control pixels, or null when it is not shown. */
    public Rectangle controlBounds(Node node) {
        Rect r = picture == null ? null : picture.bounds(node);
        if (r == null) {
            return null;
        }
        int x = (int) Math.round(viewport.controlX(r.x()));
        int y = (int) Math.round(viewport.controlY(r.y()));
        return new Rectangle(x, y, (int) Math.round(r.w() * viewport.zoom()),
                (int) Math.round(r.h() * viewport.zoom()));
    }

    public void zoomIn() {
        viewport.zoomIn(viewport.width() / 2.0, viewport.height() / 2.0);
        viewChanged();
    }

    public void zoomOut() {
        viewport.zoomOut(viewport.width() / 2.0, viewport.height() / 2.0);
        viewChanged();
    }

    public void zoomReset() {
        viewport.zoomTo(1, 0, 0);
        viewChanged();
    }

    public void fit() {
        viewport.fit();
        viewChanged();
    }

    /** After the viewport moved or zoomed: scrollbars follow and the canvas repaints. */
    void viewChanged() {
        updateBar(control.getHorizontalBar(), viewport.scene().x(), viewport.scene().w(), viewport.originX(),
                viewport.width());
        updateBar(control.getVerticalBar(), viewport.scene().y(), viewport.scene().h(), viewport.originY(),
                viewport.height());
        control.redraw();
    }

    private void updateBar(ScrollBar bar, double start, double length, double origin, int pixels) {
        double zoom = viewport.zoom();
        int total = (int) Math.ceil(length * zoom);
        int thumb = Math.max(1, Math.min(pixels, total));
        bar.setValues((int) Math.round((origin - start) * zoom), 0, Math.max(total, thumb), thumb, 16,
                Math.max(16, pixels - 32));
        bar.setVisible(total > pixels);
    }

    private void scrollFromBars() {
        double zoom = viewport.zoom();
        viewport.scrollTo(viewport.scene().x() + control.getHorizontalBar().getSelection() / zoom,
                viewport.scene().y() + control.getVerticalBar().getSelection() / zoom);
        control.redraw();
    }

    /** Paints the area the event asks for: the figures that meet it, the overlays and the headers kept in view. */
    private void paint(Event event) {
        Point size = control.getSize();
        SwtCanvas canvas = new SwtCanvas(event.gc, resources);
        boolean whole = event.x <= 0 && event.y <= 0 && event.x + event.width >= size.x && event.y + event.height >= size.y;
        canvas.fillRect(whole ? Rect.of(0, 0, size.x, size.y) : Rect.of(event.x, event.y, event.width, event.height),
                BACKDROP);
        if (picture == null) {
            return;
        }
        canvas.pushTransform(-viewport.originX() * viewport.zoom(), -viewport.originY() * viewport.zoom(),
                viewport.zoom());
        Rect visible = viewport.visible();
        Rect area = whole ? visible : Rect.of(viewport.sceneX(event.x), viewport.sceneY(event.y),
                event.width / viewport.zoom(), event.height / viewport.zoom());
        lastDrawn = picture.scene().draw(canvas, area);
        drawOverlays(canvas);
        pinned.draw(canvas, picture.headers(), viewport);
        canvas.popTransform();
    }

    private void drawOverlays(SwtCanvas canvas) {
        double pixel = 1 / viewport.zoom();
        StrokeSpec pen = StrokeSpec.solid(2 * pixel);
        for (Node node : selection) {
            Rect r = picture.bounds(node);
            if (r != null) {
                canvas.strokeRoundRect(r.expand(3 * pixel), 6 * pixel, SELECTION, pen);
                for (Rect handle : picture.movable() ? handles(r, pixel) : List.<Rect>of()) {
                    canvas.fillRect(handle, RgbColor.WHITE);
                    canvas.strokeRect(handle, SELECTION, StrokeSpec.solid(pixel));
                }
            }
        }
        for (Map.Entry<Node, Rect> moved : input.preview().entrySet()) {
            canvas.strokeRoundRect(moved.getValue(), 6 * pixel, SELECTION, StrokeSpec.dashed(1.5 * pixel));
        }
        drawEdgeSelection(canvas, pixel);
        Rect marquee = input.marquee();
        if (marquee != null) {
            canvas.fillRect(marquee, MARQUEE_FILL);
            canvas.strokeRect(marquee, SELECTION, StrokeSpec.dashed(pixel));
        }
    }

    /** The selected edge outlined along its route, a square handle at each end, and the end being dragged. */
    private void drawEdgeSelection(SwtCanvas canvas, double pixel) {
        double[] xy = selectedEdge == null ? null : picture.route(selectedEdge);
        if (xy == null) {
            return;
        }
        canvas.strokePolyline(xy, SELECTION_HALO, StrokeSpec.solid(6 * pixel));
        canvas.strokePolyline(xy, SELECTION, StrokeSpec.solid(2 * pixel));
        double h = EDGE_HANDLE * pixel;
        for (int i : new int[] {0, xy.length - 2}) {
            Rect handle = Rect.of(xy[i] - h / 2, xy[i + 1] - h / 2, h, h);
            canvas.fillRect(handle, RgbColor.WHITE);
            canvas.strokeRect(handle, SELECTION, StrokeSpec.solid(pixel));
        }
        double[] dragged = input.reconnectLine();
        if (dragged != null) {
            canvas.strokePolyline(dragged, SELECTION, StrokeSpec.dashed(1.5 * pixel));
        }
    }

    /** The corner handles of a selected card, a constant size on screen. */
    static List<Rect> handles(Rect r, double pixel) {
        double h = 6 * pixel;
        Rect outer = r.expand(3 * pixel);
        double left = outer.x() - h / 2;
        double right = outer.maxX() - h / 2;
        double top = outer.y() - h / 2;
        double bottom = outer.maxY() - h / 2;
        return List.of(Rect.of(left, top, h, h), Rect.of(right, top, h, h), Rect.of(left, bottom, h, h),
                Rect.of(right, bottom, h, h));
    }
}
