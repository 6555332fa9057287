package org.journeystudio.ui.tests.diagram;

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
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
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
 * and records the selection, as the journey editor does. Input arrives as SWT events on the canvas,
 * through a {@link CanvasDriver}.
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
    private final CanvasDriver driver = new CanvasDriver(() -> page);

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

    /** The hands on this page: palette, mouse, keys (see {@link CanvasDriver}). */
    CanvasDriver driver() {
        return driver;
    }

    Node view(EObject element) {
        return driver.view(element);
    }

    int[] centre(EObject element) {
        return driver.centre(element);
    }

    Node view(EObject element, String mapping) {
        return driver.view(element, mapping);
    }

    int[] centre(Node node) {
        return driver.centre(node);
    }

    void palette(String label) {
        driver.palette(label);
    }

    void escapeInPlace() {
        driver.escapeInPlace();
    }

    void typeInPlace(String text) {
        driver.typeInPlace(text);
    }

    void click(int x, int y, int stateMask) {
        driver.click(x, y, stateMask);
    }

    void clickLater(int x, int y) {
        driver.clickLater(x, y);
    }

    void drag(int fromX, int fromY, int toX, int toY) {
        driver.drag(fromX, fromY, toX, toY);
    }

    void mouse(int type, int x, int y, int button, int stateMask) {
        driver.mouse(type, x, y, button, stateMask);
    }

    void wheel(int x, int y, int count, int stateMask) {
        driver.wheel(x, y, count, stateMask);
    }

    void key(int keyCode, char character, int stateMask) {
        driver.key(keyCode, character, stateMask);
    }

    void type(String text) {
        CanvasDriver.type(text);
    }

    void post(int type, char character, int keyCode) {
        CanvasDriver.post(type, character, keyCode);
    }

    void screenshot(String name) {
        UiThread.settle(300);
        UiThread.run(() -> Screenshots.take(shell, name));
    }
}
