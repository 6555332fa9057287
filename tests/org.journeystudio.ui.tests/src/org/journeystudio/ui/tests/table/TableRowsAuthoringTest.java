package org.journeystudio.ui.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/** New and deleted rows from the context menus of the Pain Points and Opportunities tables, on the blank map. */
class TableRowsAuthoringTest {

    @Test
    void painPointsGetNewRowsBesideTheSelectedOneAndLoseTheSelectedRows() {
        TableWindow window = TableWindow.open("blank", "painPoints", true);
        try {
            Step step = window.session.model().getJourneys().get(0).getStages().get(0).getSteps().get(0);
            assertEquals(List.of("New Pain Point", "Delete Pain Point", "", "Export CSV\u2026"), window.menuItems());
            window.menuItem("New Pain Point");
            assertEquals(1, step.getPainPoints().size(), "on the journey's last step");
            assertEquals("Pain point 1", window.shown(0, 0));
            window.menuItem("New Pain Point");
            assertEquals("Pain point 2", step.getPainPoints().get(1).getName(), "a name the step does not have yet");
            assertEquals(2, window.shownRows());
            window.screenshot("table-pain-points-new-rows");

            Gestures.click(window.natTable, window.cellBounds(0, -1)); // the row header selects the line
            window.menuItem("Delete Pain Point");
            assertEquals(List.of("Pain point 2"), step.getPainPoints().stream().map(p -> p.getName()).toList());
            UiThread.run(() -> {
                while (window.stack().canUndo()) {
                    window.stack().undo();
                }
            });
            UiThread.settle(200);
            assertTrue(step.getPainPoints().isEmpty(), "undo removes them all");
        } finally {
            window.close();
        }
    }

    @Test
    void opportunitiesGetNewRowsShownWithTheirStatusInWords() {
        TableWindow window = TableWindow.open("blank", "opportunities", false);
        try {
            JourneyModel model = window.session.model();
            window.menuItem("New Opportunity");
            window.menuItem("New Opportunity");
            assertEquals(List.of("Opportunity 1", "Opportunity 2"),
                    model.getOpportunities().stream().map(o -> o.getName()).toList());
            assertEquals("Idea", window.displayed(0, 3), "the status in words, not IDEA");
            window.screenshot("table-opportunities-new-rows");
            Gestures.click(window.natTable, window.cellBounds(1, -1));
            window.menuItem("Delete Opportunity");
            assertEquals(List.of("Opportunity 1"), model.getOpportunities().stream().map(o -> o.getName()).toList());
        } finally {
            window.close();
        }
    }
}
