package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.ui.internal.speceditor.ViewpointTreeEditor;
import org.journeystudio.ui.internal.viewpoints.WorkbenchViewpoints;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.SpecSource;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 in the workbench: a specifier writes a {@code .viewpoint} in a project, enables it on a map
 * (Viewpoints Selection), creates its representation (New Representation), changes a style and saves
 * the spec; the open diagram changes. A broken save keeps the last good spec and the editor says so.
 */
class ViewpointsInTheWorkspaceTest {

    private static final String RED = "#d93025";
    private static final String GREEN = "#188038";

    @AfterEach
    void close() {
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
    }

    @Test
    void aPlugInContributesASpecificationThroughTheExtensionPoint() {
        LoadedSpec contributed = WorkbenchViewpoints.registry().all().stream()
                .filter(loaded -> loaded.source() == SpecSource.PLUGIN).findFirst().orElseThrow();
        assertTrue(contributed.id().endsWith("specs/contributed.viewpoint"), contributed.id());
        assertEquals(List.of(), contributed.problems());
        assertTrue(WorkbenchViewpoints.registry().description("contributedWall", "contributedWall").isPresent());
    }

    @Test
    void savingTheSpecificationChangesTheOpenDiagram() throws Exception {
        IFile map = UiThread.call(() -> Workbench.newMap("UserViewpoints", "ecommerce-purchase"));
        IFile spec = map.getProject().getFile("wall.viewpoint");
        spec.create(new ByteArrayInputStream(wall(RED).getBytes(StandardCharsets.UTF_8)), true, null);
        Widgets.waitFor("the workspace viewpoint registered",
                () -> WorkbenchViewpoints.registry().specOf("personaWall").isPresent());

        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(map);
        });
        UiThread.settle(300);
        CTabFolder tabs = UiThread.call(() -> Editors.tabs(editor));
        enable(tabs, "Persona wall");

        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, UiThread.call(() -> editor.context().session().model()));
        assertTrue(List.of(TreeDriver.labels(tree, "New Representation")).contains("Persona Wall"),
                "the enabled viewpoint's description is offered");
        TreeDriver.choose(tree, "New Representation", "Persona Wall");
        assertEquals("Persona Wall", UiThread.call(() -> Editors.activeTab(editor)));
        UiThread.run(() -> Workbench.page().activate(editor));
        UiThread.settle(400);
        assertEquals(RED, fill(editor));
        UiThread.run(() -> Workbench.screenshot("user-viewpoint-before"));

        spec.setContents(new ByteArrayInputStream(wall(GREEN).getBytes(StandardCharsets.UTF_8)), true, true, null);
        Widgets.waitFor("the diagram drawn with the new style", () -> GREEN.equals(fill(editor)));
        UiThread.settle(400);
        assertEquals("Persona Wall", UiThread.call(() -> Editors.activeTab(editor)), "the same page stays active");
        UiThread.run(() -> Workbench.screenshot("user-viewpoint-after"));

        String broken = wall(GREEN).replace("labelExpression=\"self.name\"", "labelExpression=\"self.nmae\"");
        spec.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, true, null);
        Widgets.waitFor("the editor says the last good specification stays in use",
                () -> UiThread.call(() -> bannerText(editor)).contains("last good version stays in use"));
        Widgets.waitFor("a marker at the line of the broken expression",
                () -> markerLines(spec).stream().anyMatch(line -> line == 9 || line == 10));
        assertEquals(GREEN, fill(editor), "the last good specification is still drawn");
        UiThread.run(() -> Workbench.screenshot("user-viewpoint-broken"));

        UiThread.run(() -> {
            Workbench.page().activate(editor);
            Workbench.execute("org.eclipse.ui.file.save");
        });
        String representations = Files.readString(Path.of(map.getLocationURI()).resolveSibling(
                "ecommerce-purchase.journeyrep"));
        assertTrue(representations.contains("<viewpoints>personaWall</viewpoints>"), "the selection is stored");
        assertTrue(representations.contains("viewpoint=\"personaWall\""), "so is the new representation");
        openInTheTreeEditor(spec);
    }

    /** The example under examples/, copied into a project as a user would, drawn in the editor. */
    @Test
    void theExampleOpportunityMatrixIsDrawnInTheEditor() throws Exception {
        IFile map = UiThread.call(() -> Workbench.newMap("ExampleMatrix", "invoice-payment"));
        IFile spec = map.getProject().getFile("opportunity-matrix.viewpoint");
        spec.create(Files.newInputStream(example("opportunity-matrix.viewpoint")), true, null);
        Widgets.waitFor("the example viewpoint registered",
                () -> WorkbenchViewpoints.registry().specOf("priorities").isPresent());
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(map);
        });
        UiThread.settle(300);
        enable(UiThread.call(() -> Editors.tabs(editor)), "Opportunity priorities");
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, UiThread.call(() -> editor.context().session().model()));
        TreeDriver.choose(tree, "New Representation", "Opportunity Priority Matrix");
        assertEquals("Opportunity Priority Matrix", UiThread.call(() -> Editors.activeTab(editor)));
        UiThread.run(() -> Workbench.page().activate(editor));
        UiThread.settle(600);
        int opportunities = UiThread.call(() -> editor.context().session().model().getOpportunities().size());
        long cards = UiThread.call(() -> {
            Diagram matrix = (Diagram) editor.context().session().representations().stream()
                    .filter(r -> "Opportunity Priority Matrix".equals(r.getName())).findFirst().orElseThrow();
            return editor.context().session().synchronizer(matrix).diagram().getNodes().stream()
                    .filter(node -> "opportunity".equals(node.getMapping())).count();
        });
        assertTrue(opportunities > 0);
        assertEquals(opportunities, cards, "one card per opportunity of the map");
        UiThread.run(() -> Workbench.screenshot("user-viewpoint-opportunity-matrix"));
    }

    /** A file under examples/ of the repository, found from the working directory up. */
    private static Path example(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("examples").resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("examples/" + name + " not found");
    }

    /** The broken specification in its tree editor: the element at fault carries the error icon. */
    private static void openInTheTreeEditor(IFile spec) {
        ViewpointTreeEditor editor = UiThread.call(() -> {
            try {
                return assertInstanceOf(ViewpointTreeEditor.class, IDE.openEditor(Workbench.page(), spec, true),
                        "*.viewpoint opens in the tree editor");
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        UiThread.settle(400);
        Tree tree = UiThread.call(() -> Widgets.find(editor.getSite().getShell(), Tree.class,
                candidate -> candidate.isVisible() && candidate.getItemCount() > 0
                        && candidate.getItem(0).getText().contains("Group"), "the specification tree"));
        Image error = UiThread.call(() -> PlatformUI.getWorkbench().getSharedImages()
                .getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
        Widgets.waitFor("the element at fault marked", () -> UiThread.call(() -> hasImage(tree.getItems(), error)));
        UiThread.run(() -> Workbench.screenshot("user-viewpoint-tree-editor"));
    }

    private static boolean hasImage(TreeItem[] items, Image image) {
        for (TreeItem item : items) {
            if (item.getImage() == image || hasImage(item.getItems(), image)) {
                return true;
            }
        }
        return false;
    }

    /** Viewpoints Selection from the tabs' menu: the built-in viewpoint is on; the user checks another. */
    private static void enable(CTabFolder tabs, String viewpointLabel) {
        Dialogs.answer(() -> tabMenu(tabs, "Viewpoints Selection…"), "Viewpoints Selection", dialog -> {
            Table table = Widgets.find(dialog, Table.class, candidate -> true, "the viewpoints");
            TableItem wall = Arrays.stream(table.getItems()).filter(item -> item.getText().startsWith(viewpointLabel))
                    .findFirst().orElseThrow();
            assertTrue(Arrays.stream(table.getItems()).anyMatch(item -> item.getText().startsWith("Customer journey")
                    && item.getChecked()), "the built-in viewpoint is enabled");
            wall.setChecked(true);
            Event check = new Event();
            check.item = wall;
            check.detail = SWT.CHECK;
            table.notifyListeners(SWT.Selection, check);
        }, "OK");
    }

    private static String wall(String fill) throws IOException {
        try (InputStream in = ViewpointsInTheWorkspaceTest.class.getResourceAsStream("/specs/persona-wall.viewpoint")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(RED, fill);
        }
    }

    /** The fill colour of the first persona card of the editor's Persona Wall. */
    private static String fill(JourneyEditor editor) {
        return UiThread.call(() -> {
            Diagram wall = (Diagram) editor.context().session().representations().stream()
                    .filter(representation -> "Persona Wall".equals(representation.getName())).findFirst().orElseThrow();
            List<Node> cards = editor.context().session().synchronizer(wall).diagram().getNodes();
            return cards.isEmpty() || cards.get(0).getStyle() == null ? null : cards.get(0).getStyle().getFillColor();
        });
    }

    private static String bannerText(JourneyEditor editor) {
        return String.join("\n", Widgets.all(editor.getSite().getShell(), org.eclipse.swt.widgets.Label.class).stream()
                .filter(label -> !label.isDisposed() && label.isVisible()).map(org.eclipse.swt.widgets.Label::getText)
                .toList());
    }

    private static List<Integer> markerLines(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, 0)).toList();
        } catch (CoreException e) {
            return List.of();
        }
    }

    private static void tabMenu(CTabFolder tabs, String label) {
        Menu menu = tabs.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem entry = Arrays.stream(menu.getItems()).filter(item -> item.getText().equals(label)).findFirst()
                .orElseThrow();
        menu.setVisible(false);
        entry.notifyListeners(SWT.Selection, new Event());
    }
}
