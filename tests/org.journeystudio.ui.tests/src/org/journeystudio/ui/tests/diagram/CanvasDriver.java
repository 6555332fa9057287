package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.representation.Node;

/**
 * A person's hands on a diagram page: palette clicks, mouse clicks, drags and wheel turns on its
 * canvas (as SWT events on the canvas), keys typed through the display, the in-place label field.
 * Works on a page in a test shell ({@link DiagramFixture}) or on the active page of a journey editor
 * in the workbench. Call off the UI thread.
 */
public final class CanvasDriver {

    private final Supplier<DiagramPage> page;

    /** @param page the page to drive, looked up on the UI thread each time (a tab switch changes it) */
    public CanvasDriver(Supplier<DiagramPage> page) {
        this.page = page;
    }

    public DiagramPage page() {
        return UiThread.call(page::get);
    }

    Control canvas() {
        return page.get().canvas().control();
    }

    /** The view of an element on the canvas now (the picture is rebuilt on every refresh). */
    public Node view(EObject element) {
        Node node = UiThread.call(() -> page.get().canvas().picture().viewOf(element));
        assertNotNull(node, "a view of " + element);
        return node;
    }

    /** The view of an element by a mapping (a step's emotion point, its thought), revealed on the canvas. */
    public Node view(EObject element, String mapping) {
        Node node = UiThread.call(() -> {
            List<Node> all = new ArrayList<>();
            collect(page.get().canvas().picture().diagram().getNodes(), all);
            return all.stream().filter(n -> n.getSemantic() == element && mapping.equals(n.getMapping())).findFirst()
                    .orElse(null);
        });
        assertNotNull(node, "a " + mapping + " view of " + element);
        UiThread.run(() -> page.get().canvas().reveal(node));
        return node;
    }

    private static void collect(List<Node> nodes, List<Node> into) {
        for (Node node : nodes) {
            into.add(node);
            collect(node.getChildren(), into);
        }
    }

    /** The centre of an element's card in canvas pixels. */
    public int[] centre(EObject element) {
        return centre(view(element));
    }

    /** The centre of a view in canvas pixels. */
    public int[] centre(Node node) {
        Rectangle r = UiThread.call(() -> page.get().canvas().controlBounds(node));
        return new int[] {r.x + r.width / 2, r.y + r.height / 2};
    }

    /** Clicks a palette item: the radio group moves to it and its selection event arms the tool. */
    public void palette(String label) {
        UiThread.run(() -> {
            ToolItem target = null;
            for (ToolItem item : page.get().paletteBar().getItems()) {
                item.setSelection(label.equals(item.getText()));
                target = label.equals(item.getText()) ? item : target;
            }
            assertNotNull(target, "palette item " + label);
            target.notifyListeners(SWT.Selection, new Event());
        });
        UiThread.settle(100);
    }

    /** Picks a palette tool and clicks a view with it. */
    public void clickWith(String tool, Node on) {
        palette(tool);
        int[] at = centre(on);
        click(at[0], at[1], 0);
    }

    /** Picks a tool that asks a question and clicks a view with it; the question's dialog, open. */
    public Shell ask(String tool, Node on, String question) {
        palette(tool);
        int[] at = centre(on);
        clickLater(at[0], at[1]);
        return QuestionDialogs.await(question);
    }

    /** Presses Esc in the open in-place label field, as the key's traversal event reaches it. */
    public void escapeInPlace() {
        UiThread.run(() -> {
            Text field = page.get().directEditField();
            assertNotNull(field, "the label field is open");
            Event event = new Event();
            event.detail = SWT.TRAVERSE_ESCAPE;
            event.keyCode = SWT.ESC;
            event.doit = true;
            field.notifyListeners(SWT.Traverse, event);
        });
        UiThread.settle(200);
    }

    /** Types into the open in-place label field, replacing its text, and presses Enter. */
    public void typeInPlace(String text) {
        Text field = UiThread.call(() -> page.get().directEditField());
        assertNotNull(field, "the label field is open");
        UiThread.run(field::selectAll);
        type(text);
        post(SWT.KeyDown, '\r', SWT.CR);
        post(SWT.KeyUp, '\r', SWT.CR);
        UiThread.settle(300);
    }

    public void click(int x, int y, int stateMask) {
        mouse(SWT.MouseDown, x, y, 1, stateMask);
        mouse(SWT.MouseUp, x, y, 1, stateMask);
        UiThread.settle(150);
    }

    /**
     * Clicks without waiting for the click to finish, for a click that opens a dialog: the dialog's
     * own event loop runs until the test answers it (see {@link QuestionDialogs}).
     */
    public void clickLater(int x, int y) {
        UiThread.display().asyncExec(() -> {
            for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
                Event event = new Event();
                event.x = x;
                event.y = y;
                event.button = 1;
                event.count = 1;
                canvas().notifyListeners(type, event);
            }
        });
    }

    public void drag(int fromX, int fromY, int toX, int toY) {
        mouse(SWT.MouseDown, fromX, fromY, 1, 0);
        int steps = 5;
        for (int i = 1; i <= steps; i++) {
            mouse(SWT.MouseMove, fromX + (toX - fromX) * i / steps, fromY + (toY - fromY) * i / steps, 0, SWT.BUTTON1);
        }
        mouse(SWT.MouseUp, toX, toY, 1, 0);
        UiThread.settle(200);
    }

    /** Drags one view onto another, centre to centre. */
    public void drag(Node from, Node to) {
        int[] start = centre(from);
        int[] end = centre(to);
        drag(start[0], start[1], end[0], end[1]);
    }

    public void mouse(int type, int x, int y, int button, int stateMask) {
        UiThread.run(() -> {
            Event event = new Event();
            event.x = x;
            event.y = y;
            event.button = button;
            event.stateMask = stateMask;
            event.count = 1;
            canvas().notifyListeners(type, event);
        });
    }

    public void wheel(int x, int y, int count, int stateMask) {
        UiThread.run(() -> {
            Event event = new Event();
            event.x = x;
            event.y = y;
            event.count = count;
            event.stateMask = stateMask;
            canvas().notifyListeners(SWT.MouseVerticalWheel, event);
        });
        UiThread.settle(100);
    }

    public void key(int keyCode, char character, int stateMask) {
        UiThread.run(() -> {
            Event event = new Event();
            event.keyCode = keyCode;
            event.character = character;
            event.stateMask = stateMask;
            canvas().notifyListeners(SWT.KeyDown, event);
            canvas().notifyListeners(SWT.KeyUp, event);
        });
        UiThread.settle(150);
    }

    /** Types text as key presses through the display, to whatever has the focus. */
    public static void type(String text) {
        for (char c : text.toCharArray()) {
            post(SWT.KeyDown, c, 0);
            post(SWT.KeyUp, c, 0);
        }
        UiThread.settle(300);
    }

    public static void post(int type, char character, int keyCode) {
        UiThread.run(() -> {
            Event event = new Event();
            event.type = type;
            event.character = character;
            event.keyCode = keyCode;
            UiThread.display().post(event);
        });
    }
}
