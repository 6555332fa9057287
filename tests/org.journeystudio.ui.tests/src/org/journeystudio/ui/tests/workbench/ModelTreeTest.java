package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Outline as the model tree: New Child and New Sibling menus, Delete, undo and redo keys, linking. */
class ModelTreeTest {

    private JourneyEditor editor;

    @AfterEach
    void close() {
        if (editor != null) {
            UiThread.run(() -> Workbench.page().closeEditor(editor, false));
        }
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

    @Test
    void newChildMenusCreateEveryContainedClassWithAFreshName() {
        JourneyModel model = open("TreeNew", "blank");
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, model);
        assertEquals(List.of("Persona", "Channel", "Team", "Evidence", "Metric", "Journey", "Opportunity"),
                List.of(TreeDriver.labels(tree, "New Child")), "the map's children; its emotion scale is there already");
        for (String child : List.of("Persona", "Channel", "Team", "Evidence", "Metric", "Journey", "Opportunity")) {
            TreeDriver.select(tree, model);
            TreeDriver.choose(tree, "New Child", child);
        }
        assertEquals("Persona", model.getPersonas().get(1).getName(), "named after its class; 'Customer' was there");
        assertEquals(List.of(model.getOpportunities().get(0)), Workbench.selection(editor), "the new element is selected");
        Journey journey = model.getJourneys().get(1);
        assertEquals("Journey", journey.getName());
        TreeDriver.select(tree, journey);
        TreeDriver.choose(tree, "New Child", "Stage");
        Stage stage = journey.getStages().get(0);
        TreeDriver.select(tree, stage);
        TreeDriver.choose(tree, "New Child", "Step");
        TreeDriver.select(tree, stage);
        TreeDriver.choose(tree, "New Child", "Metric Value");
        assertSame(model.getMetrics().get(0), stage.getMetricValues().get(0).getMetric(), "the map's first metric");
        Step step = stage.getSteps().get(0);
        TreeDriver.select(tree, step);
        TreeDriver.choose(tree, "New Sibling", "Step");
        assertEquals(List.of("Step", "Step 2"), stage.getSteps().stream().map(Step::getName).toList(),
                "a name the stage has not used");
        for (String child : List.of("Pain Point", "Support Action", "Metric Value")) {
            TreeDriver.select(tree, step);
            TreeDriver.choose(tree, "New Child", child);
        }
        assertEquals("Pain Point", step.getPainPoints().get(0).getName());
        assertEquals("Support Action", step.getSupportActions().get(0).getName());
        assertTrue(step.getMetricValues().get(0) instanceof MetricValue);
        UiThread.run(() -> Workbench.screenshot("tree-new-children"));
    }

    @Test
    void undoAndRedoKeysWorkWhileTheTreeHasFocusAndDeleteDeletes() {
        JourneyModel model = open("TreeKeys", "blank");
        Stage stage = model.getJourneys().get(0).getStages().get(0);
        Step first = stage.getSteps().get(0);
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, first);
        TreeDriver.choose(tree, "New Child", "Pain Point");
        assertEquals(1, first.getPainPoints().size());
        Keys.press('z', SWT.CTRL);
        assertEquals(0, first.getPainPoints().size(), "Ctrl+Z in the Outline undoes");
        Keys.press('y', SWT.CTRL);
        assertEquals(1, first.getPainPoints().size(), "Ctrl+Y redoes");
        Keys.press('z', SWT.CTRL);
        Keys.press('z', SWT.CTRL | SWT.SHIFT);
        assertEquals(1, first.getPainPoints().size(), "so does Ctrl+Shift+Z");

        TreeDriver.select(tree, first);
        Keys.press(SWT.DEL, 0);
        assertTrue(stage.getSteps().isEmpty(), "Delete deletes the selected step, with its pain point");
        assertEquals(List.of(), UiThread.call(() -> Workbench.selection(editor)), "nothing deleted stays selected");
        UiThread.run(() -> Workbench.screenshot("tree-deleted-step"));
        Keys.press('z', SWT.CTRL);
        assertEquals(List.of(first), stage.getSteps(), "undo gives it back");
        assertEquals(1, first.getPainPoints().size());
    }

    @Test
    void theTreeFollowsTheEditorsSelection() {
        JourneyModel model = open("TreeLinked", "support-call");
        Step step = model.getJourneys().get(0).getStages().get(1).getSteps().get(0);
        Tree tree = TreeDriver.activate();
        UiThread.run(() -> {
            Workbench.page().activate(editor);
            editor.reveal(step); // what a click in a diagram or a table, or a double-click on a problem, does
        });
        Widgets.waitFor("the step selected in the tree", () -> tree.getSelectionCount() == 1
                && tree.getSelection()[0].getData() == step);
        UiThread.run(() -> Workbench.screenshot("tree-follows-editor"));
    }
}
