package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.ui.internal.clipboard.ElementClipboard;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Copy, Cut, Paste and Duplicate in the model tree, with their keys, within a map and between two maps. */
class ClipboardTest {

    @AfterEach
    void close() {
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
    }

    private static JourneyEditor open(String project, String template) {
        IFile file = UiThread.call(() -> Workbench.newMap(project, template));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        return editor;
    }

    private static JourneyModel model(JourneyEditor editor) {
        return UiThread.call(() -> editor.context().session().model());
    }

    @Test
    void aStepWithItsPainPointsIsCopiedCutPastedAndDuplicatedWithinAMap() {
        JourneyEditor editor = open("ClipboardWithin", "invoice-payment");
        JourneyModel model = model(editor);
        Step step = model.getJourneys().get(0).getStages().stream().flatMap(stage -> stage.getSteps().stream())
                .filter(candidate -> !candidate.getPainPoints().isEmpty() && !candidate.getChannels().isEmpty())
                .findFirst().orElseThrow();
        Stage home = (Stage) step.eContainer();
        Stage last = model.getJourneys().get(0).getStages().get(model.getJourneys().get(0).getStages().size() - 1);
        int steps = last.getSteps().size();
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, step);
        Keys.press('c', SWT.CTRL);
        assertNotNull(ElementClipboard.content(), "Ctrl+C copied");
        TreeDriver.select(tree, last);
        Keys.press('v', SWT.CTRL);
        assertEquals(steps + 1, last.getSteps().size(), "Ctrl+V on a stage pastes the step into it");
        Step copy = last.getSteps().get(steps);
        assertNotSame(step, copy);
        assertEquals(step.getPainPoints().size(), copy.getPainPoints().size(), "its pain points come with it");
        assertEquals(step.getChannels(), copy.getChannels(), "the same channels: same map");
        assertNotEquals(Workbench.id(step), Workbench.id(copy), "a fresh xmi:id");
        assertNotEquals(Workbench.id(step.getPainPoints().get(0)), Workbench.id(copy.getPainPoints().get(0)));
        assertEquals(List.of(copy), UiThread.call(() -> Workbench.selection(editor)), "the pasted step is selected");
        UiThread.run(() -> Workbench.screenshot("clipboard-pasted-step"));

        Keys.press('z', SWT.CTRL);
        assertEquals(steps, last.getSteps().size(), "undo takes the pasted step away");
        TreeDriver.select(tree, step);
        TreeDriver.choose(tree, "Duplicate");
        Step duplicate = home.getSteps().get(home.getSteps().indexOf(step) + 1);
        assertEquals(step.getName() + " 2", duplicate.getName(), "right after the original, named apart from it");

        TreeDriver.select(tree, step);
        Keys.press('x', SWT.CTRL);
        assertFalse(home.getSteps().contains(step), "Ctrl+X cuts");
        TreeDriver.select(tree, last);
        Keys.press('v', SWT.CTRL);
        Step moved = last.getSteps().get(last.getSteps().size() - 1);
        assertEquals(step.getName(), moved.getName(), "what was cut is pasted");
        assertEquals(step.getChannels(), moved.getChannels());
        Keys.press('z', SWT.CTRL);
        Keys.press('z', SWT.CTRL);
        assertTrue(home.getSteps().contains(step), "undoing paste and cut gives the step back where it was");
    }

    @Test
    void betweenTwoMapsReferencesGoToSameNamedChannelsOrAreDropped() {
        JourneyEditor source = open("ClipboardFrom", "invoice-payment");
        Step step = model(source).getJourneys().get(0).getStages().stream().flatMap(stage -> stage.getSteps().stream())
                .filter(candidate -> candidate.getKind() == StepKind.TOUCHPOINT && !candidate.getPainPoints().isEmpty())
                .findFirst().orElseThrow();
        Channel channel = step.getChannels().get(0);
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, step);
        Keys.press('c', SWT.CTRL);

        JourneyEditor target = open("ClipboardTo", "blank");
        JourneyModel blank = model(target);
        Tree other = TreeDriver.activate();
        TreeDriver.select(other, blank);
        TreeDriver.choose(other, "New Child", "Channel");
        UiThread.run(() -> PropertyRows.type("Name", channel.getName()));
        Stage stage = blank.getJourneys().get(0).getStages().get(0);
        TreeDriver.select(other, stage);
        Keys.press('v', SWT.CTRL);
        Step pasted = stage.getSteps().get(stage.getSteps().size() - 1);
        assertEquals(step.getName(), pasted.getName());
        assertEquals(List.of(blank.getChannels().get(0)), pasted.getChannels(), "bound to the map's channel of that name");
        assertNull(pasted.getOwner(), "no such team in this map: dropped");
        for (PainPoint pain : pasted.getPainPoints()) {
            assertTrue(pain.getEvidence().isEmpty(), "evidence of the other map: dropped");
        }
        assertSame(blank, pasted.eResource().getContents().get(0));
        UiThread.run(() -> Workbench.screenshot("clipboard-pasted-into-other-map"));
        Keys.press('z', SWT.CTRL);
        assertFalse(stage.getSteps().contains(pasted), "undo in the second map");
    }
}
