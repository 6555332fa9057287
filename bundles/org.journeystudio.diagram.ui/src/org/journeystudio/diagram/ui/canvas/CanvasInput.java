package org.journeystudio.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.journeystudio.render.Rect;
import org.journeystudio.render.diagram.DiagramScene;
import org.journeystudio.viewpoint.layout.Box;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.View;
import org.journeystudio.viewpoint.tools.Position;
import org.journeystudio.viewpoint.tools.ToolCommands;

/**
 * Mouse and keyboard of a {@link DiagramCanvas}: click and Shift/Ctrl-click selection, marquee,
 * dragging selected cards (snapped to an {@value #GRID} px grid; in a diagram that places its cards
 * itself, one card is dragged and dropped onto another view), panning with the middle button or
 * Space+drag, Ctrl+wheel and Ctrl+=/-/0 zoom, Ctrl+Shift+F to fit, arrows between cards, Delete, F2 and Enter.
 */
final class CanvasInput {

    static final int GRID = 8;
    /** Pixels the pointer must travel before a press becomes a drag. */
    private static final int DRAG_THRESHOLD = 3;

    private enum Mode {
        IDLE, PRESSED, DRAGGING, MARQUEE, PANNING, RESIZING, RECONNECTING
    }

    private final DiagramCanvas canvas;
    private final CanvasActions actions;
    private Mode mode = Mode.IDLE;
    private boolean spaceDown;
    private int pressX;
    private int pressY;
    private int lastX;
    private int lastY;
    private List<Node> marqueeBase = List.of();
    private Rect marquee;
    private Map<Node, Rect> preview = Map.of();
    /** The card a press landed on, dragged as a whole when the diagram places its cards itself. */
    private Node pressed;
    private final CornerResize resize = new CornerResize();
    /** The end of the selected edge being dragged to another node, while reconnecting. */
    private ToolCommands.End reconnecting;

    CanvasInput(DiagramCanvas canvas, CanvasActions actions) {
        this.canvas = canvas;
        this.actions = actions;
    }

    void install(Canvas control) {
        control.addListener(SWT.MouseDown, this::mouseDown);
        control.addListener(SWT.MouseMove, this::mouseMove);
        control.addListener(SWT.MouseUp, this::mouseUp);
        control.addListener(SWT.MouseDoubleClick, this::doubleClick);
        control.addListener(SWT.MouseVerticalWheel, this::wheel);
        control.addListener(SWT.KeyDown, this::keyDown);
        control.addListener(SWT.KeyUp, event -> spaceDown = event.character == ' ' ? false : spaceDown);
        // Arrows, Enter and Tab are the canvas's own keys, not traversal.
        control.addListener(SWT.Traverse, event -> event.doit = event.detail == SWT.TRAVERSE_TAB_NEXT
                || event.detail == SWT.TRAVERSE_TAB_PREVIOUS);
    }

    Rect marquee() {
        return marquee;
    }

    Map<Node, Rect> preview() {
        return preview;
    }

    /** While an edge end is dragged: the line from the edge's other end to the pointer, in scene coordinates. */
    double[] reconnectLine() {
        Edge edge = canvas.selectedEdge();
        double[] xy = mode == Mode.RECONNECTING && edge != null ? canvas.picture().route(edge) : null;
        if (xy == null) {
            return null;
        }
        int fixed = reconnecting == ToolCommands.End.SOURCE ? xy.length - 2 : 0;
        Viewport view = canvas.viewport();
        return new double[] {xy[fixed], xy[fixed + 1], view.sceneX(lastX), view.sceneY(lastY)};
    }

    private void mouseDown(Event event) {
        canvas.control().setFocus();
        pressX = event.x;
        pressY = event.y;
        lastX = event.x;
        lastY = event.y;
        if (event.button == 2 || event.button == 1 && spaceDown) {
            mode = Mode.PANNING;
            return;
        }
        if (event.button != 1 || canvas.picture() == null) {
            return;
        }
        Node node = canvas.nodeAt(event.x, event.y);
        Viewport view = canvas.viewport();
        if (actions.click(node, diagramPosition(view.sceneX(event.x), view.sceneY(event.y)))) {
            mode = Mode.IDLE;
            return;
        }
        boolean extend = (event.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
        if (pressOnEdge(event, node, extend)) {
            return;
        }
        if (!extend && canvas.picture().movable() && resize.start(canvas, view.sceneX(event.x), view.sceneY(event.y))) {
            mode = Mode.RESIZING;
            return;
        }
        if (node != null && !canvas.picture().isLane(node)) {
            pressOnCard(node, extend);
        } else {
            marqueeBase = extend ? List.copyOf(canvas.selection()) : List.of();
            canvas.setSelection(marqueeBase);
            mode = Mode.MARQUEE;
        }
    }

    /**
     * A press on an end handle of the selected edge starts reconnecting it; a press on an edge's route
     * outside any card selects the edge. Returns whether the press was one of these.
     */
    private boolean pressOnEdge(Event event, Node node, boolean extend) {
        reconnecting = extend ? null : canvas.edgeHandleAt(event.x, event.y);
        if (reconnecting != null) {
            mode = Mode.RECONNECTING;
            return true;
        }
        Edge edge = node == null || canvas.picture().isLane(node) ? canvas.edgeAt(event.x, event.y) : null;
        if (edge != null) {
            canvas.selectEdge(edge);
            mode = Mode.IDLE;
        }
        return edge != null;
    }

    private void pressOnCard(Node node, boolean extend) {
        List<Node> selected = new ArrayList<>(canvas.selection());
        if (extend) {
            if (!selected.remove(node)) {
                selected.add(node);
            }
        } else if (!selected.contains(node)) {
            selected = List.of(node);
        }
        canvas.setSelection(selected);
        pressed = node;
        mode = selected.contains(node) ? Mode.PRESSED : Mode.IDLE;
    }

    private void mouseMove(Event event) {
        Viewport view = canvas.viewport();
        switch (mode) {
            case PANNING -> {
                view.panBy(lastX - event.x, lastY - event.y);
                canvas.viewChanged();
            }
            case PRESSED, DRAGGING -> {
                if (mode == Mode.DRAGGING || Math.abs(event.x - pressX) + Math.abs(event.y - pressY) > DRAG_THRESHOLD) {
                    mode = Mode.DRAGGING;
                    double dx = (event.x - pressX) / view.zoom();
                    double dy = (event.y - pressY) / view.zoom();
                    preview = canvas.picture().movable() ? moved(dx, dy) : dragged(dx, dy);
                    canvas.control().redraw();
                }
            }
            case RESIZING -> {
                preview = resize.preview(canvas.picture(), (event.x - pressX) / view.zoom(), (event.y - pressY) / view.zoom());
                canvas.control().redraw();
            }
            case RECONNECTING -> canvas.control().redraw();
            case MARQUEE -> {
                marquee = Rect.spanning(view.sceneX(pressX), view.sceneY(pressY), view.sceneX(event.x), view.sceneY(event.y));
                canvas.control().redraw();
            }
            default -> {
                // Hovering changes nothing.
            }
        }
        lastX = event.x;
        lastY = event.y;
    }

    private void mouseUp(Event event) {
        Mode finished = mode;
        mode = Mode.IDLE;
        if (finished == Mode.DRAGGING && !canvas.picture().movable()) {
            preview = Map.of();
            canvas.control().redraw();
            Viewport view = canvas.viewport();
            actions.drop(pressed, canvas.nodeAt(event.x, event.y), diagramPosition(view.sceneX(event.x),
                    view.sceneY(event.y)));
        } else if (finished == Mode.DRAGGING) {
            Map<Node, Rect> moved = preview;
            preview = Map.of();
            Map<Node, Position> positions = new LinkedHashMap<>();
            moved.forEach((node, r) -> positions.put(node, diagramPosition(r.x(), r.y())));
            canvas.control().redraw();
            if (!positions.isEmpty()) {
                actions.move(positions);
            }
        } else if (finished == Mode.RESIZING) {
            Map<Node, Rect> resized = preview;
            preview = Map.of();
            canvas.control().redraw();
            resized.forEach((node, r) -> actions.resize(node, diagramPosition(r.x(), r.y()), (int) Math.round(r.w()),
                    (int) Math.round(r.h())));
        } else if (finished == Mode.RECONNECTING) {
            canvas.control().redraw();
            Edge edge = canvas.selectedEdge();
            if (edge != null) {
                actions.reconnect(edge, canvas.nodeAt(event.x, event.y), reconnecting);
            }
        } else if (finished == Mode.MARQUEE && marquee != null) {
            List<Node> selected = new ArrayList<>(marqueeBase);
            canvas.picture().nodesIn(marquee).stream().filter(node -> !selected.contains(node)).forEach(selected::add);
            marquee = null;
            canvas.setSelection(selected);
            canvas.control().redraw();
        }
        marquee = null;
    }

    /** The selected cards moved by a scene distance, each snapped to the grid in diagram coordinates. */
    private Map<Node, Rect> moved(double dx, double dy) {
        Map<Node, Rect> moved = new LinkedHashMap<>();
        for (Node node : canvas.selection()) {
            Rect r = canvas.picture().bounds(node);
            Box box = canvas.picture().layout().box(node);
            if (r != null && box != null) {
                double x = snap(box.x() + dx) - box.x();
                double y = snap(box.y() + dy) - box.y();
                moved.put(node, r.translate(x, y));
            }
        }
        return moved;
    }

    /** The pressed card alone, following the pointer: where it would be dropped. */
    private Map<Node, Rect> dragged(double dx, double dy) {
        Rect r = pressed == null ? null : canvas.picture().bounds(pressed);
        return r == null ? Map.of() : Map.of(pressed, r.translate(dx, dy));
    }

    static double snap(double value) {
        return Math.round(value / GRID) * (double) GRID;
    }

    static Position diagramPosition(double sceneX, double sceneY) {
        return new Position((int) Math.round(sceneX - DiagramScene.ORIGIN_X),
                (int) Math.round(sceneY - DiagramScene.ORIGIN_Y));
    }

    private void doubleClick(Event event) {
        Node node = event.button == 1 ? canvas.nodeAt(event.x, event.y) : null;
        if (node != null && !canvas.picture().isLane(node)) {
            mode = Mode.IDLE;
            actions.doubleClick(node);
        }
    }

    private void wheel(Event event) {
        Viewport view = canvas.viewport();
        if ((event.stateMask & SWT.MOD1) != 0) {
            if (event.count > 0) {
                view.zoomIn(event.x, event.y);
            } else if (event.count < 0) {
                view.zoomOut(event.x, event.y);
            }
        } else if ((event.stateMask & SWT.SHIFT) != 0) {
            view.panBy(-event.count * 16.0, 0);
        } else {
            view.panBy(0, -event.count * 16.0);
        }
        event.doit = false;
        canvas.viewChanged();
    }

    private void keyDown(Event event) {
        if (event.character == ' ') {
            spaceDown = true;
        } else if ((event.stateMask & SWT.MOD1) != 0) {
            zoomKey(event);
        } else {
            editKey(event);
        }
    }

    private void zoomKey(Event event) {
        if ((event.stateMask & SWT.SHIFT) != 0 && (event.keyCode == 'f' || event.keyCode == 'F')) {
            canvas.fit();
            return;
        }
        switch (event.character) {
            case '=', '+' -> canvas.zoomIn();
            case '-' -> canvas.zoomOut();
            case '0' -> canvas.zoomReset();
            default -> {
                if (event.keyCode == '=' || event.keyCode == SWT.KEYPAD_ADD) {
                    canvas.zoomIn();
                } else if (event.keyCode == SWT.KEYPAD_SUBTRACT) {
                    canvas.zoomOut();
                }
            }
        }
    }

    private void editKey(Event event) {
        List<Node> selected = canvas.selection();
        Node focus = selected.isEmpty() ? null : selected.get(selected.size() - 1);
        switch (event.keyCode) {
            case SWT.ARROW_LEFT -> navigate(focus, DiagramPicture.Direction.LEFT);
            case SWT.ARROW_RIGHT -> navigate(focus, DiagramPicture.Direction.RIGHT);
            case SWT.ARROW_UP -> navigate(focus, DiagramPicture.Direction.UP);
            case SWT.ARROW_DOWN -> navigate(focus, DiagramPicture.Direction.DOWN);
            case SWT.DEL -> {
                List<? extends View> views = canvas.selectedViews();
                if (!views.isEmpty()) {
                    actions.delete(views);
                }
            }
            case SWT.F2 -> {
                if (focus != null) {
                    actions.directEdit(focus);
                }
            }
            case SWT.CR, SWT.KEYPAD_CR -> {
                if (focus != null) {
                    actions.doubleClick(focus);
                }
            }
            case SWT.ESC -> {
                mode = Mode.IDLE;
                preview = Map.of();
                marquee = null;
                reconnecting = null;
                actions.cancel();
                canvas.control().redraw();
            }
            default -> {
                // Other keys belong to the workbench.
            }
        }
    }

    private void navigate(Node from, DiagramPicture.Direction direction) {
        if (canvas.picture() == null) {
            return;
        }
        Node next = from == null ? canvas.picture().first() : canvas.picture().neighbour(from, direction);
        if (next != null) {
            canvas.reveal(next);
        }
    }
}
