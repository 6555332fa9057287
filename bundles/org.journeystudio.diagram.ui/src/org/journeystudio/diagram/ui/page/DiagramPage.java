package org.journeystudio.diagram.ui.page;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.journeystudio.diagram.ui.canvas.CanvasActions;
import org.journeystudio.diagram.ui.canvas.DiagramCanvas;
import org.journeystudio.diagram.ui.canvas.DiagramPicture;
import org.journeystudio.diagram.ui.swt.SwtResources;
import org.journeystudio.model.journey.Step;
import org.journeystudio.render.diagram.DiagramImages;
import org.journeystudio.render.diagram.DiagramScene;
import org.journeystudio.render.diagram.MeasuredTextSizer;
import org.journeystudio.render.diagram.StickyHeaders;
import org.journeystudio.render.java2d.PngExporter;
import org.journeystudio.render.java2d.SvgExporter;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.ui.editor.RepresentationPage;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.DoubleClickTool;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.ReconnectTool;
import org.journeystudio.viewpoint.layout.Box;
import org.journeystudio.viewpoint.layout.DiagramLayout;
import org.journeystudio.viewpoint.layout.LaneGridLayout;
import org.journeystudio.viewpoint.layout.IncrementalLayout;
import org.journeystudio.viewpoint.layout.ViewChanges;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.View;
import org.journeystudio.viewpoint.representation.RepresentationPackage.Literals;
import org.journeystudio.viewpoint.representation.ViewState;
import org.journeystudio.viewpoint.tools.Position;
import org.journeystudio.viewpoint.tools.ToolCommands;
import org.journeystudio.viewpoint.tools.ToolRunner;
import org.journeystudio.viewpoint.tools.ToolException;
import org.journeystudio.viewpoint.tools.ToolLookup;
import org.journeystudio.viewpoint.tools.ViewStateChanges;

/**
 * A page of the journey editor showing one diagram: the palette, the {@link DiagramCanvas} and a
 * status line. Every edit (tools, moves, layers, arrange all) is a command on the editor's stack;
 * the editor calls {@link #refresh()} after each, which re-synchronizes incrementally, lays out
 * again and redraws.
 */
public final class DiagramPage implements RepresentationPage, CanvasActions {

    private final Diagram diagram;
    private final DiagramDescription description;
    private final JourneyEditorContext context;
    private Composite root;
    private SwtResources resources;
    private Palette palette;
    private DiagramCanvas canvas;
    private InPlaceEditor editor;
    private Label status;
    private final ExpressionFailures failures = new ExpressionFailures();
    private Node edgeSource;
    /** Kept from one refresh to the next, so that an edit lays out and draws only what it changed. */
    private ViewChanges changes;
    private IncrementalLayout layouts;
    private DiagramScene builder;

    public DiagramPage(Diagram diagram, JourneyEditorContext context) {
        this.diagram = diagram;
        this.context = context;
        this.description = (DiagramDescription) context.session().specOf(diagram).description(diagram.getDescription());
    }

    @Override
    public Control createControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(2, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        grid.horizontalSpacing = 0;
        root.setLayout(grid);
        resources = new SwtResources(parent.getDisplay());
        palette = new Palette(root, resources);
        palette.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        canvas = new DiagramCanvas(root, resources, this);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        DiagramProblemDecorations.install(canvas, context);
        DiagramDifferenceDecorations.install(canvas, context);
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        editor = new InPlaceEditor(canvas, node -> context.toolRunner(diagram).commands().directEditText(node), this::rename);
        context.toolRunner(diagram).setPrompt(new ChoicePrompt(root.getShell(), DiagramPage::nameOf));
        Menu menu = new Menu(canvas.control());
        canvas.control().setMenu(menu);
        DiagramMenu items = new DiagramMenu(this);
        menu.addListener(SWT.Show, event -> items.fill(menu));
        canvas.addSelectionListener(nodes -> context.setSelection(new StructuredSelection(semantics(nodes))));
        root.addListener(SWT.Dispose, event -> disposeResources());
        context.session().synchronizer(diagram);
        changes = ViewChanges.of(diagram);
        layouts = new IncrementalLayout(diagram, description, new MeasuredTextSizer(resources.measurer()));
        builder = new DiagramScene(resources.measurer());
        redraw();
        return root;
    }

    @Override
    public void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        context.session().synchronizer(diagram).refreshIncremental();
        redraw();
    }

    @Override
    public void reveal(EObject element) {
        if (canvas == null || canvas.picture() == null) {
            return;
        }
        for (EObject current = element; current != null; current = current.eContainer()) {
            Node node = canvas.picture().viewOf(current);
            if (node != null) {
                canvas.reveal(node);
                return;
            }
        }
    }

    @Override
    public void dispose() {
        if (root != null && !root.isDisposed()) {
            root.dispose();
        }
        disposeResources();
    }

    private void disposeResources() {
        if (palette != null) {
            palette.dispose();
        }
        if (resources != null) {
            resources.dispose();
        }
        if (changes != null) {
            changes.dispose();
        }
    }

    /**
     * Lays the diagram out with the canvas's own text metrics and shows it: after an edit, only what the
     * edit changed is laid out and drawn again, and the canvas repaints only where the picture changed.
     */
    private void redraw() {
        palette.show(ToolLookup.of(context.session().specOf(diagram), diagram));
        DiagramLayout layout = layouts.layout(changes);
        Scene scene = DiagramImages.scene(diagram, description, layout, builder, changes);
        changes.clear();
        StickyHeaders headers = builder.headers();
        DiagramPicture shown = canvas.picture();
        canvas.show(shown != null && shown.layout() == layout ? shown.redrawn(scene, () -> headers)
                : new DiagramPicture(diagram, layout, scene, movable(), () -> headers));
        String failure = failures.report(context.session().synchronizer(diagram).problems());
        if (failure != null) {
            say(failure);
        }
    }

    /** A lane grid places every card by stage and lane: only free and layered diagrams keep hand-made positions. */
    private boolean movable() {
        // The description's layout kind shares its simple name with the layout result imported above.
        return description.getLayout() != org.journeystudio.viewpoint.DiagramLayout.LANE_GRID;
    }

    public Diagram diagram() {
        return diagram;
    }

    public DiagramDescription description() {
        return description;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    /** The palette's creation tools, in palette order. */
    public List<MappingTool> paletteTools() {
        return palette.tools();
    }

    /** The palette's tool bar: "Select", then one radio item per creation tool. */
    public ToolBar paletteBar() {
        return palette.control();
    }

    /** Arms a palette tool as a click on it would (null: Select). */
    public void armTool(MappingTool tool) {
        palette.arm(tool);
        edgeSource = null;
    }

    /** The in-place label field while a direct edit is open, else null. */
    public Text directEditField() {
        return editor.field();
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public boolean click(Node node, Position position) {
        MappingTool tool = palette.armed();
        if (tool == null) {
            return false;
        }
        if (tool instanceof EdgeCreationTool edge) {
            connect(edge, node);
            return true;
        }
        palette.arm(null);
        create(tool, node, position);
        return true;
    }

    /** The palette's node creation tools that apply to a node (for its context menu). */
    List<MappingTool> toolsFor(Node node) {
        return palette.tools().stream().filter(tool -> !(tool instanceof EdgeCreationTool)
                && context.toolRunner(diagram).commands().createNode(tool, diagram, node, null).canExecute()).toList();
    }

    /** Runs a node creation tool on a node (or the diagram), then selects what it made or opens it for typing. */
    void create(MappingTool tool, Node node, Position position) {
        List<String> before = node == null ? List.of() : shownFor(tool, node.getSemantic()).stream()
                .map(DiagramPage::content).toList();
        Command done = run(() -> context.toolRunner(diagram).createNode(tool, diagram, node, position), Palette.label(tool));
        if (done != null && !done.getResult().isEmpty()) {
            selectElements(done.getResult());
        } else if (done != null && node != null) {
            editAppeared(tool, node.getSemantic(), before);
        }
    }

    /**
     * After a tool that changed the clicked element (or an element it belongs to) rather than
     * creating one, such as a thought or a persona's goal: selects the view it made appear and opens
     * it for typing, when its mapping has a direct-edit tool. A view whose text did not change (a
     * step marked as a moment of truth) is not opened.
     */
    private void editAppeared(MappingTool tool, EObject clicked, List<String> before) {
        List<Node> shown = shownFor(tool, clicked);
        ToolLookup lookup = ToolLookup.of(context.session().specOf(diagram), diagram);
        shown.removeIf(view -> before.contains(content(view))
                || lookup.toolFor(DirectEditTool.class, view.getMapping()) == null);
        if (shown.size() == 1) {
            canvas.reveal(shown.get(0));
            canvas.setSelection(shown);
            editor.open(shown.get(0));
        }
    }

    /** What a view shows, to tell whether a tool changed it. */
    private static String content(Node view) {
        return view.getMapping() + "\n" + System.identityHashCode(view.getSemantic()) + "\n" + view.getLabel() + "\n"
                + view.getDetail();
    }

    /** The views of the tool's mappings that show the clicked element or an element it belongs to. */
    private List<Node> shownFor(MappingTool tool, EObject clicked) {
        List<Node> shown = new ArrayList<>();
        collect(canvas.picture().diagram().getNodes(), node -> ToolLookup.appliesTo(tool, node.getMapping())
                && node.getSemantic() != null && EcoreUtil.isAncestor(node.getSemantic(), clicked), shown);
        return shown;
    }

    private static void collect(List<Node> nodes, Predicate<Node> wanted, List<Node> into) {
        for (Node node : nodes) {
            if (wanted.test(node)) {
                into.add(node);
            }
            collect(node.getChildren(), wanted, into);
        }
    }

    private void connect(EdgeCreationTool tool, Node node) {
        if (node == null || canvas.picture().isLane(node)) {
            cancel();
        } else if (edgeSource == null) {
            edgeSource = node;
            canvas.setSelection(List.of(node));
            say("Click the target of the new " + Palette.label(tool).toLowerCase(Locale.ROOT) + " edge");
        } else {
            Node source = edgeSource;
            edgeSource = null;
            palette.arm(null);
            run(() -> context.toolRunner(diagram).createEdge(tool, source, node), Palette.label(tool));
        }
    }

    @Override
    public void move(Map<Node, Position> positions) {
        EditingDomain domain = context.editingDomain();
        CompoundCommand moves = new CompoundCommand(positions.size() == 1 ? "Move" : "Move " + positions.size() + " nodes");
        positions.forEach((node, position) -> moves.append(
                ViewStateChanges.position(domain, diagram, node.getMapping(), node.getSemantic(), position)));
        execute(moves);
    }

    @Override
    public void resize(Node node, Position position, int width, int height) {
        execute(ViewStateChanges.bounds(context.editingDomain(), diagram, node.getMapping(), node.getSemantic(), position,
                width, height));
    }

    /** Drops a dragged card with the diagram's drop tools; in a lane of points the drop height gives the level. */
    @Override
    public void drop(Node dragged, Node target, Position position) {
        if (dragged == null) {
            return;
        }
        Double level = levelAt(target, position);
        ToolRunner tools = context.toolRunner(diagram);
        Command done = run(() -> tools.execute(tools.commands().dropView(dragged, diagram, target, level)), "Drop");
        if (done != null) {
            Node moved = canvas.picture().viewOf(dragged.getSemantic());
            if (moved != null) {
                canvas.setSelection(List.of(moved));
            }
        }
    }

    /** Where the drop lies in the height of the lane under it (0 bottom, 1 top); null outside a lane grid's lane. */
    private Double levelAt(Node target, Position position) {
        if (target == null || movable()) {
            return null;
        }
        Node lane = target;
        while (lane.eContainer() instanceof Node parent) {
            lane = parent;
        }
        Box box = canvas.picture().layout().box(lane);
        return box == null ? null : LaneGridLayout.levelAt(box, position.y());
    }

    @Override
    public void delete(List<? extends View> views) {
        run(() -> context.toolRunner(diagram).delete(views), "Delete");
    }

    /** Runs the reconnect tool of the edge's mapping; a refused drop changes nothing and says why. */
    @Override
    public void reconnect(Edge edge, Node newEnd, ToolCommands.End end) {
        Node oldEnd = end == ToolCommands.End.SOURCE ? edge.getSource() : edge.getTarget();
        ReconnectTool tool = ToolLookup.of(context.session().specOf(diagram), diagram)
                .toolFor(ReconnectTool.class, edge.getMapping());
        if (newEnd == null || canvas.picture().isLane(newEnd)) {
            say("Reconnect: drop the end on a node");
        } else if (newEnd == oldEnd) {
            say("Reconnect: the edge already ends there");
        } else if (tool == null) {
            say("Reconnect: no reconnect tool for " + edge.getMapping() + " edges");
        } else {
            EObject source = (end == ToolCommands.End.SOURCE ? newEnd : edge.getSource()).getSemantic();
            EObject target = (end == ToolCommands.End.TARGET ? newEnd : edge.getTarget()).getSemantic();
            String mapping = edge.getMapping();
            if (run(() -> context.toolRunner(diagram).reconnect(tool, edge, newEnd, end), "Reconnect") != null) {
                canvas.picture().diagram().getEdges().stream().filter(e -> e.getMapping().equals(mapping)
                        && e.getSource().getSemantic() == source && e.getTarget().getSemantic() == target)
                        .findFirst().ifPresent(canvas::selectEdge);
            }
        }
    }

    @Override
    public void directEdit(Node node) {
        editor.open(node);
    }

    /** Runs the double-click tool of the node's mapping; without one, a double click edits the label in place. */
    @Override
    public void doubleClick(Node node) {
        if (ToolLookup.of(context.session().specOf(diagram), diagram).toolFor(DoubleClickTool.class, node.getMapping()) == null) {
            editor.open(node);
        } else {
            run(() -> context.toolRunner(diagram).doubleClick(node), "Double-click");
        }
    }

    @Override
    public void cancel() {
        palette.arm(null);
        edgeSource = null;
        say("");
    }

    /** The step of the one selected card (a step, or its emotion point, thought or feeling), or null. */
    Step selectedStep() {
        List<Node> selection = canvas.selection();
        return selection.size() == 1 && selection.get(0).getSemantic() instanceof Step step ? step : null;
    }

    void fillEmotionMenu(Menu menu, Step step) {
        EmotionMenu.fill(menu, step, context.editingDomain(), this::execute);
    }

    void deleteSelection() {
        delete(canvas.selectedViews());
    }

    void directEditSelection() {
        if (canvas.selection().size() == 1) {
            directEdit(canvas.selection().get(0));
        }
    }

    private void rename(Node node, String text) {
        run(() -> context.toolRunner(diagram).directEdit(node, text), "Rename");
    }

    /** Forgets every stored position, so the layout places everything again. */
    void arrangeAll() {
        EditingDomain domain = context.editingDomain();
        CompoundCommand arrange = new CompoundCommand("Arrange All");
        for (ViewState state : diagram.getStates()) {
            if (state.isSetX()) {
                arrange.append(SetCommand.create(domain, state, Literals.VIEW_STATE__X, SetCommand.UNSET_VALUE));
            }
            if (state.isSetY()) {
                arrange.append(SetCommand.create(domain, state, Literals.VIEW_STATE__Y, SetCommand.UNSET_VALUE));
            }
        }
        if (diagram.isLayoutStale()) {
            arrange.append(SetCommand.create(domain, diagram, Literals.DIAGRAM__LAYOUT_STALE, false));
        }
        if (arrange.isEmpty()) {
            say("Nothing to arrange: no position is stored");
            return;
        }
        execute(arrange);
    }

    void toggleLayer(String name) {
        toggle(Literals.DIAGRAM__ACTIVE_LAYERS, diagram.getActiveLayers().contains(name), name);
    }

    void toggleFilter(String name) {
        toggle(Literals.DIAGRAM__ACTIVE_FILTERS, diagram.getActiveFilters().contains(name), name);
    }

    private void toggle(EStructuralFeature feature, boolean active, String name) {
        EditingDomain domain = context.editingDomain();
        execute(active ? RemoveCommand.create(domain, diagram, feature, name)
                : AddCommand.create(domain, diagram, feature, name));
    }

    /** Asks where, then writes the diagram as PNG or SVG (by the file's extension) with the headless exporters. */
    void exportImage() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setFilterNames(new String[] {"PNG image", "SVG drawing"});
        dialog.setFileName(diagram.getName() == null ? "diagram.png" : diagram.getName() + ".png");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            exportImage(Path.of(file));
        }
    }

    /** Writes the diagram as it is laid out now, PNG unless the file ends in .svg. */
    public void exportImage(Path file) {
        Scene scene = new DiagramImages(context.session().specOf(diagram)).scene(diagram, description);
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                new SvgExporter().write(scene, file);
            } else {
                new PngExporter().write(scene, file);
            }
            say("Exported " + file.getFileName());
        } catch (IOException e) {
            say("Export failed: " + e.getMessage());
        }
    }

    private Command run(Supplier<Command> action, String what) {
        try {
            Command done = action.get();
            say(done == null ? what + ": does not apply here" : "");
            return done;
        } catch (ToolException e) {
            say(what + " failed: " + e.getMessage());
            return null;
        }
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            context.editingDomain().getCommandStack().execute(command);
        } else {
            say(command.getLabel() + ": cannot be done");
        }
    }

    private void selectElements(Collection<?> elements) {
        List<Node> nodes = new ArrayList<>();
        for (Object element : elements) {
            Node node = element instanceof EObject object ? canvas.picture().viewOf(object) : null;
            if (node != null) {
                nodes.add(node);
            }
        }
        if (!nodes.isEmpty()) {
            canvas.reveal(nodes.get(0));
            canvas.setSelection(nodes);
        }
    }

    /** An element's name for a question's choices, or its class name when it has none. */
    private static String nameOf(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : element.eGet(name);
        return value instanceof String text && !text.isBlank() ? text : element.eClass().getName();
    }

    private static List<EObject> semantics(List<? extends View> views) {
        return views.stream().map(View::getSemantic).filter(element -> element != null).distinct().toList();
    }

    private void say(String text) {
        if (status != null && !status.isDisposed()) {
            status.setText(text == null ? "" : text);
        }
    }
}
