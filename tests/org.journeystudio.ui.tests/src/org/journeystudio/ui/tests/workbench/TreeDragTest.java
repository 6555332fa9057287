package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 13: the model tree reorders and moves elements by drag and drop with the mouse, undoably. */
class TreeDragTest {

    private JourneyEditor editor;

    @AfterEach
    void close() {
        if (editor != null) {
            UiThread.run(() -> Workbench.page().closeEditor(editor, false));
        }
    }

    @Test
    void aStepDraggedOntoAnotherStageMovesIntoItAndUndoPutsItBack() {
        JourneyModel model = open("TreeDragMove", "support-call");
        Stage from = model.getJourneys().get(0).getStages().get(1);
        Stage to = model.getJourneys().get(0).getStages().get(0);
        Step step = from.getSteps().get(0);
        int before = to.getSteps().size();
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, step);
        Point a = centre(tree, step, 0.5);
        Point b = centre(tree, to, 0.5);
        XPointer.drag(a, b);
        UiThread.run(() -> Workbench.screenshot("tree-drag-moved-step"));
        assertSame(to, step.eContainer(), "the step is in the stage it was dropped on");
        assertEquals(before + 1, to.getSteps().size());
        assertEquals(List.of(step), Workbench.selection(editor), "and stays selected");
        UiThread.run(() -> assertEquals(true, editor.isDirty(), "the map is changed"));
        XPointer.key("ctrl+z");
        assertSame(from, step.eContainer(), "Ctrl+Z gives the move back as one command");
        assertEquals(0, from.getSteps().indexOf(step));
    }

    @Test
    void aStepDroppedOnTheUpperEdgeOfAnotherGoesBeforeIt() {
        JourneyModel model = open("TreeDragOrder", "support-call");
        Stage stage = model.getJourneys().get(0).getStages().stream().filter(s -> s.getSteps().size() >= 2)
                .findFirst().orElseThrow();
        Step first = stage.getSteps().get(0);
        Step last = stage.getSteps().get(stage.getSteps().size() - 1);
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, last);
        XPointer.drag(centre(tree, last, 0.5), centre(tree, first, 0.1));
        UiThread.run(() -> Workbench.screenshot("tree-drag-reordered-step"));
        assertEquals(0, stage.getSteps().indexOf(last), "the dragged step comes first");
        assertEquals(1, stage.getSteps().indexOf(first));
    }

    private JourneyModel open(String project, String template) {
        IFile file = UiThread.call(() -> Workbench.newMap(project, template));
        editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        return UiThread.call(() -> editor.context().session().model());
    }

    /** A point on the row of an element, in screen coordinates: across the middle of its label, {@code height} down it. */
    private static Point centre(Tree tree, Object element, double height) {
        return UiThread.call(() -> {
            TreeItem row = TreeDriver.row(tree, element);
            assertNotNull(row, "a row for " + element);
            tree.showItem(row);
            Rectangle bounds = row.getBounds();
            return tree.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + (int) (bounds.height * height));
        });
    }
}
