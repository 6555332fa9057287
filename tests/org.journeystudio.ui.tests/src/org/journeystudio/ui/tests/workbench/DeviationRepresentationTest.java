package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Tree;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** New Representation offers the Deviation diagram on a journey with a baseline, and opens it as a tab. */
class DeviationRepresentationTest {

    @AfterEach
    void close() {
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
    }

    @Test
    void theActualJourneyOffersADeviationThatOpensAsATab() {
        IFile file = UiThread.call(() -> Workbench.newMap("DeviationRepresentation", "onboarding-planned-actual"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        JourneyModel model = UiThread.call(() -> editor.context().session().model());
        Journey planned = model.getJourneys().get(0);
        Journey actual = model.getJourneys().get(1);
        CTabFolder tabs = UiThread.call(() -> Widgets.find(Workbench.window().getShell(), CTabFolder.class,
                folder -> folder.isVisible() && folder.getItemCount() > 0
                        && folder.getItem(0).getText().equals("Journey Map"), "the editor's tabs"));
        int before = UiThread.call(tabs::getItemCount);
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, planned);
        assertFalse(List.of(TreeDriver.labels(tree, "New Representation")).contains("Deviation"),
                "the plan has no baseline to deviate from");
        TreeDriver.select(tree, actual);
        List<String> offered = List.of(TreeDriver.labels(tree, "New Representation"));
        assertTrue(offered.contains("Deviation"), offered.toString());
        TreeDriver.choose(tree, "New Representation", "Deviation");
        assertEquals(before + 1, UiThread.call(tabs::getItemCount), "a new tab at once");
        assertEquals("Deviation", UiThread.call(() -> tabs.getSelection().getText()));
        assertTrue(UiThread.call(editor::isDirty), "stored with the next save");
        UiThread.settle(500);
        UiThread.run(() -> Workbench.screenshot("deviation-representation"));
    }
}
