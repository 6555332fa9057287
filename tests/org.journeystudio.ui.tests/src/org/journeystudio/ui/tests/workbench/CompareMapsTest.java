package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.ui.decorators.ElementDifferences.Mark;
import org.journeystudio.ui.internal.compare.CompareEditor;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/**
 * Compare With &gt; Each Other (Maps) on two maps selected in the Project Explorer: the differences editor lists
 * them by element, a copy takes one over to the other map, Save writes it, and Show on Diagram draws
 * them on the newer map's Journey Map.
 */
class CompareMapsTest {

    static final String RENAMED = "Pay by card";
    static final String NEW_NAME = "Pay by card or wallet";
    static final String DELETED = "Read the one-star reviews";
    static final String ADDED = "Compare delivery costs";
    static final String GHOST = "Track the parcel";

    @Test
    void eachOtherListsTheDifferencesCopiesOneEachWayAndDrawsThemOnTheDiagram() throws Exception {
        IFile older = UiThread.call(() -> Workbench.newMap("CompareEachOther", "ecommerce-purchase"));
        IFile newer = older.getParent().getFile(new org.eclipse.core.runtime.Path("edited.journey"));
        editedCopy(Disk.path(older), Disk.path(newer));
        UiThread.run(() -> {
            Workbench.sizeWindow();
            refresh(newer);
        });

        Tree explorer = ExplorerDriver.select(newer, older);
        assertOffersEachOtherForMaps(explorer);
        ExplorerDriver.choose(explorer, "Compare With", "Each Other (Maps)");
        Widgets.waitFor("the differences editor", () -> {
            Shell refusal = Dialogs.find("Compare With Each Other");
            if (refusal != null) {
                String message = Dialogs.message(refusal);
                refusal.close();
                throw new AssertionError("the command refused: " + message);
            }
            return Workbench.page().getActiveEditor() instanceof CompareEditor;
        });
        UiThread.settle(300);
        CompareWindow window = UiThread.call(CompareWindow::active);
        UiThread.run(() -> {
            assertEquals("ecommerce-purchase.journey", window.columnTitle(1), "the older map is on the left");
            assertEquals("edited.journey", window.columnTitle(2));
            assertTrue(window.hasRow("deleted", "Step '" + DELETED + "'", "\u2014"), window.rows().toString());
            assertTrue(window.hasRow("added", "\u2014", "Step '" + ADDED + "'"), window.rows().toString());
            assertTrue(window.hasRow("name", "'" + RENAMED + "'", "'" + NEW_NAME + "'"), window.rows().toString());
            Workbench.screenshot("compare-differences");
        });

        // The rename, copied right to left and saved, is in the older file on disk.
        UiThread.run(() -> {
            window.select("name", "'" + RENAMED + "'");
            window.press("Copy Right to Left");
            assertTrue(window.editor().isDirty(), "the left side has a change to save");
            assertFalse(window.hasRow("name", "'" + RENAMED + "'", "'" + NEW_NAME + "'"), "the rename is no longer a difference");
        });
        Keys.press('s', SWT.CTRL);
        Widgets.waitFor("the save", () -> !window.editor().isDirty());
        assertTrue(stepNames(Disk.path(older)).contains(NEW_NAME), "the older file has the new name");
        assertTrue(stepNames(Disk.path(older)).contains(DELETED), "and nothing else of the newer one");

        // The deletion, copied left to right through the context menu, puts the step back into the newer file.
        UiThread.run(() -> window.select("deleted", "Step '" + DELETED + "'"));
        window.pickInMenu("Copy Left to Right");
        Keys.press('s', SWT.CTRL);
        Widgets.waitFor("the save", () -> !window.editor().isDirty());
        assertTrue(stepNames(Disk.path(newer)).contains(DELETED), "the newer file has the step back");
        assertTrue(stepNames(Disk.path(newer)).contains(ADDED), "and keeps its own addition");

        showOnDiagramFramesTheAddedStep(window);
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
    }

    private static void assertOffersEachOtherForMaps(Tree explorer) {
        List<String> offered = ExplorerDriver.labels(explorer, "Compare With");
        assertEquals(1, offered.stream().filter("Each Other (Maps)"::equals).count(),
                "Compare With offers Each Other (Maps) once for two maps, beside the text compare: " + offered);
        assertFalse(offered.contains("Last Commit"), "Last Commit is for one map: " + offered);
    }

    /** Show on Diagram: the newer map opens on its Journey Map with the added step framed in green. */
    private static void showOnDiagramFramesTheAddedStep(CompareWindow window) {
        UiThread.run(() -> window.press("Show on Diagram"));
        Widgets.waitFor("the newer map in the journey editor", () -> Workbench.page().getActiveEditor() instanceof JourneyEditor);
        UiThread.settle(800);
        UiThread.run(() -> {
            JourneyEditor editor = (JourneyEditor) Workbench.page().getActiveEditor();
            assertEquals("Journey Map", Editors.activeTab(editor));
            editor.reveal(Workbench.step(editor, ADDED));
        });
        UiThread.settle(600);
        UiThread.run(() -> {
            JourneyEditor editor = (JourneyEditor) Workbench.page().getActiveEditor();
            Workbench.screenshot("compare-diagram-detail");
            assertFrame(editor, Workbench.step(editor, ADDED), "green", rgb -> rgb.green > 120 && rgb.red < 80 && rgb.blue < 120);
            Workbench.page().setPartState(Workbench.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        });
        UiThread.settle(500);
        UiThread.run(() -> CanvasMenus.pick(Editors.activeCanvas((JourneyEditor) Workbench.page().getActiveEditor()),
                "Zoom", "Fit"));
        UiThread.settle(800);
        UiThread.run(() -> {
            Workbench.screenshot("compare-diagram");
            JourneyEditor editor = (JourneyEditor) Workbench.page().getActiveEditor();
            List<EObject> changed = editor.context().differences().marked().stream()
                    .filter(element -> editor.context().differences().of(element) == Mark.CHANGED).toList();
            assertFalse(changed.isEmpty(), "the opportunity that addressed the deleted step is changed");
            for (EObject element : changed) {
                assertFrame(editor, element, "amber",
                        rgb -> rgb.red > 200 && rgb.green > 120 && rgb.green < 190 && rgb.blue < 80);
            }
            Workbench.page().setPartState(Workbench.page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
        });
    }

    /** The element's node has a frame of the colour on its left side. On the UI thread. */
    private static void assertFrame(JourneyEditor editor, EObject element, String colour, Predicate<RGB> expected) {
        DiagramPage page = assertInstanceOf(DiagramPage.class, editor.activeRepresentationPage());
        Rectangle node = page.canvas().controlBounds(page.canvas().picture().viewOf(element));
        RGB frame = pixel(page.canvas().control(), node.x - 2, node.y + node.height / 2);
        assertTrue(expected.test(frame), "a " + colour + " frame left of " + element + " at " + node + ": " + frame);
    }

    /** A copy of the map with one step renamed, one deleted and one added, a second later on disk. */
    static void editedCopy(Path from, Path to) throws IOException {
        JourneyResource resource = JourneyPersistence.load(from);
        JourneyModel model = JourneyPersistence.modelOf(resource);
        Journey journey = model.getJourneys().get(0);
        for (Stage stage : journey.getStages()) {
            for (Step step : List.copyOf(stage.getSteps())) {
                if (RENAMED.equals(step.getName())) {
                    step.setName(NEW_NAME);
                    Step added = JourneyFactory.eINSTANCE.createStep();
                    added.setName(ADDED);
                    stage.getSteps().add(stage.getSteps().indexOf(step), added);
                } else if (DELETED.equals(step.getName()) || GHOST.equals(step.getName())) {
                    EcoreUtil.delete(step, true);
                }
            }
        }
        JourneyPersistence.save(resource, to);
        Files.setLastModifiedTime(to, FileTime.fromMillis(Files.getLastModifiedTime(from).toMillis() + 2000));
    }

    static List<String> stepNames(Path file) {
        try {
            JourneyModel model = JourneyPersistence.modelOf(JourneyPersistence.load(file));
            return model.getJourneys().stream().flatMap(journey -> journey.getStages().stream())
                    .flatMap(stage -> stage.getSteps().stream()).map(Step::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void refresh(IResource resource) {
        try {
            resource.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /** The colour the control shows at a point, read back from the screen. On the UI thread. */
    static RGB pixel(Canvas control, int x, int y) {
        Image image = new Image(control.getDisplay(), control.getSize().x, control.getSize().y);
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(x, y));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
