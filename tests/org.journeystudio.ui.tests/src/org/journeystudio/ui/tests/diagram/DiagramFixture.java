package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPartSite;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.ui.tests.Screenshots;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.tools.EditingDomains;
import org.journeystudio.viewpoint.tools.ToolRunner;

/**
 * A diagram page over a template in a real shell: a session on a file in a temporary folder, one
 * editing domain, and an editor context that refreshes the page after every command-stack change
 * and records the selection, as the journey editor does. Input arrives as SWT events on the canvas.
 */
final class DiagramFixture implements JourneyEditorContext {

    final Session session;
    final AdapterFactoryEditingDomain domain;
    final ToolRunner runner;
    final Journey journey;
    final Diagram diagram;
    final List<ISelection> selections = new ArrayList<>();
    Shell shell;
    DiagramPage page;

    private DiagramFixture(String template, String description) {
        this(template, description, null);
    }

    /** @param target what the diagram shows; the first journey when null */
    private DiagramFixture(String template, String description, Function<JourneyModel, EObject> target) {
        try {
            Path folder = Files.createTempDirectory("journey-diagram");
            Path file = folder.resolve(template + ".journey");
            JourneyTemplates.instantiate(template, file);
            session = Session.open(file, JourneyViewpoint.spec());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        domain = EditingDomains.create(session.resourceSet());
        runner = new ToolRunner(domain, session.spec());
        journey = session.model().getJourneys().get(0);
        EObject shown = target == null ? journey : target.apply(session.model());
        diagram = session.createDiagram(description, shown, description + " of " + journey.getName());
    }

    /** Opens the page in a shell of 1200 x 800 pixels, on the UI thread. */
    static DiagramFixture open(String template, String description) {
        return show(new DiagramFixture(template, description));
    }

    /** Opens the page of a diagram of another element than the first journey (a persona card). */
    static DiagramFixture open(String template, String description, Function<JourneyModel, EObject> target) {
        return show(new DiagramFixture(template, description, target));
    }

    private static DiagramFixture show(DiagramFixture fixture) {
        UiThread.run(() -> {
            fixture.shell = new Shell(UiThread.display());
            fixture.shell.setText("Journey Studio - " + fixture.diagram.getName());
            fixture.shell.setLayout(new FillLayout());
            fixture.page = new DiagramPage(fixture.diagram, fixture);
            fixture.page.createControl(fixture.shell);
            fixture.domain.getCommandStack().addCommandStackListener(event -> fixture.page.refresh());
            fixture.shell.setBounds(20, 20, 1200, 800);
            fixture.shell.open();
            fixture.shell.forceActive();
            fixture.page.canvas().control().setFocus();
        });
        UiThread.settle(600);
        return fixture;
    }

    void close() {
        UiThread.run(() -> {
            page.dispose();
            shell.dispose();
        });
        session.close();
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public EditingDomain editingDomain() {
        return domain;
    }

    @Override
    public ToolRunner toolRunner() {
        return runner;
    }

    @Override
    public IWorkbenchPartSite site() {
        return null;
    }

    @Override
    public void setSelection(ISelection selection) {
        selections.add(selection);
    }

    /** The elements of the last selection the page reported. */
    List<?> selectedElements() {
        return selections.isEmpty() ? List.of() : ((IStructuredSelection) selections.get(selections.size() - 1)).toList();
    }

    BasicCommandStack stack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    Control canvas() {
        return page.canvas().control();
    }

    /** The view of an element on the canvas now (the picture is rebuilt on every refresh). */
    Node view(EObject element) {
        Node node = UiThread.call(() -> page.canvas().picture().viewOf(element));
        assertNotNull(node, "a view of " + element);
        return node;
    }

    /** The centre of an element's card in canvas pixels. */
    int[] centre(EObject element) {
        return centre(view(element));
    }

    /** The view of an element by a mapping (a step's emotion point, its thought), revealed on the canvas. */
    Node view(EObject element, String mapping) {
        Node node = UiThread.call(() -> {
            List<Node> all = new ArrayList<>();
            collect(page.canvas().picture().diagram().getNodes(), all);
            return all.stream().filter(n -> n.getSemantic() == element && mapping.equals(n.getMapping())).findFirst()
                    .orElse(null);
        });
        assertNotNull(node, "a " + mapping + " view of " + element);
        UiThread.run(() -> page.canvas().reveal(node));
        return node;
    }

    private static void collect(List<Node> nodes, List<Node> into) {
        for (Node node : nodes) {
            into.add(node);
            collect(node.getChildren(), into);
        }
    }

    /** The centre of a view in canvas pixels. */
    int[] centre(Node node) {
        Rectangle r = UiThread.call(() -> page.canvas().controlBounds(node));
        return new int[] {r.x + r.width / 2, r.y + r.height / 2};
    }

    /** Clicks a palette item: the radio group moves to it and its selection event arms the tool. */
    void palette(String label) {
        UiThread.run(() -> {
            ToolItem target = null;
            for (ToolItem item : page.paletteBar().getItems()) {
                item.setSelection(label.equals(item.getText()));
                target = label.equals(item.getText()) ? item : target;
            }
            assertNotNull(target, "palette item " + label);
            target.notifyListeners(SWT.Selection, new Event());
        });
        UiThread.settle(100);
    }

    /** Presses Esc in the open in-place label field, as the key's traversal event reaches it. */
    void escapeInPlace() {
        UiThread.run(() -> {
            Text field = page.directEditField();
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
    void typeInPlace(String text) {
        Text field = UiThread.call(() -> page.directEditField());
        assertNotNull(field, "the label field is open");
        UiThread.run(field::selectAll);
        type(text);
        post(SWT.KeyDown, '\r', SWT.CR);
        post(SWT.KeyUp, '\r', SWT.CR);
        UiThread.settle(300);
    }

    void click(int x, int y, int stateMask) {
        mouse(SWT.MouseDown, x, y, 1, stateMask);
        mouse(SWT.MouseUp, x, y, 1, stateMask);
        UiThread.settle(150);
    }

    /**
     * Clicks without waiting for the click to finish, for a click that opens a dialog: the dialog's
     * own event loop runs until the test answers it (see {@link QuestionDialogs}).
     */
    void clickLater(int x, int y) {
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

    void drag(int fromX, int fromY, int toX, int toY) {
        mouse(SWT.MouseDown, fromX, fromY, 1, 0);
        int steps = 5;
        for (int i = 1; i <= steps; i++) {
            mouse(SWT.MouseMove, fromX + (toX - fromX) * i / steps, fromY + (toY - fromY) * i / steps, 0, SWT.BUTTON1);
        }
        mouse(SWT.MouseUp, toX, toY, 1, 0);
        UiThread.settle(200);
    }

    void mouse(int type, int x, int y, int button, int stateMask) {
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

    void wheel(int x, int y, int count, int stateMask) {
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

    void key(int keyCode, char character, int stateMask) {
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
    void type(String text) {
        for (char c : text.toCharArray()) {
            post(SWT.KeyDown, c, 0);
            post(SWT.KeyUp, c, 0);
        }
        UiThread.settle(300);
    }

    void post(int type, char character, int keyCode) {
        UiThread.run(() -> {
            Event event = new Event();
            event.type = type;
            event.character = character;
            event.keyCode = keyCode;
            UiThread.display().post(event);
        });
    }

    void screenshot(String name) {
        UiThread.settle(300);
        UiThread.run(() -> Screenshots.take(shell, name));
    }
}
