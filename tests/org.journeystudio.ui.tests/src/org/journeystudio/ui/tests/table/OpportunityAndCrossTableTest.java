package org.journeystudio.ui.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.gui.AbstractDialogCellEditor;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.OpportunityStatus;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.Team;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/**
 * The Opportunities table (enum, single and many references) and the Touchpoint x Channel cross
 * table of the invoice-payment template. Values are committed as NatTable's editors commit them
 * (an update command down the layer stack), so they take the page's path to the command stack.
 */
class OpportunityAndCrossTableTest {

    private static final int STATUS = 3;
    private static final int OWNER = 4;
    private static final int ADDRESSES = 5;

    private static ICellEditor editorOf(TableWindow window, int row, int column) {
        return UiThread.call(() -> {
            ILayerCell cell = window.natTable.getCellByPosition(column + TableWindow.HEADER_COLUMNS,
                    row + TableWindow.HEADER_ROWS);
            return window.natTable.getConfigRegistry().getConfigAttribute(EditConfigAttributes.CELL_EDITOR,
                    DisplayMode.EDIT, cell.getConfigLabels());
        });
    }

    private static void commit(TableWindow window, int row, int column, Object value) {
        UiThread.run(() -> window.natTable.doCommand(new UpdateDataCommand(window.natTable,
                column + TableWindow.HEADER_COLUMNS, row + TableWindow.HEADER_ROWS, value)));
        UiThread.settle(200);
    }

    @Test
    void statusOwnerAndAddressesAreEditedWithTheirEditorsAndUndone() {
        TableWindow window = TableWindow.open("invoice-payment", "opportunities", false);
        try {
            Opportunity first = (Opportunity) window.table.getLines().get(0).getSemantic();
            ComboBoxCellEditor status = assertInstanceOf(ComboBoxCellEditor.class, editorOf(window, 0, STATUS));
            assertEquals(List.of("IDEA", "PLANNED", "IN_PROGRESS", "DONE", "DISCARDED"),
                    status.getComboBoxDataProvider().getValues(STATUS, 0));
            commit(window, 0, STATUS, "DISCARDED");
            assertEquals(OpportunityStatus.DISCARDED, first.getStatus());
            assertEquals("Discarded", window.displayed(0, STATUS), "shown in words, as Properties shows it");
            assertEquals("#94a3b8", window.table.getLines().get(0).getForeground(), "a discarded line is greyed");
            window.screenshot("table-opportunities");

            ComboBoxCellEditor owner = assertInstanceOf(ComboBoxCellEditor.class, editorOf(window, 0, OWNER));
            List<?> teams = owner.getComboBoxDataProvider().getValues(OWNER, 0);
            assertEquals("(none)", teams.get(0));
            assertTrue(teams.contains("Digital channels"), "teams offered: " + teams);
            commit(window, 0, OWNER, "Digital channels");
            assertEquals("Digital channels", first.getOwner().getName());
            commit(window, 0, OWNER, "(none)");
            assertNull(first.getOwner());

            assertInstanceOf(AbstractDialogCellEditor.class, editorOf(window, 0, ADDRESSES));
            List<PainPoint> two = window.session.model().getJourneys().get(0).getStages().stream()
                    .flatMap(stage -> stage.getSteps().stream()).flatMap(step -> step.getPainPoints().stream())
                    .limit(2).toList();
            commit(window, 0, ADDRESSES, two);
            assertEquals(two, first.getAddresses());

            UiThread.run(() -> {
                for (int i = 0; i < 4; i++) {
                    window.stack().undo();
                }
            });
            UiThread.settle(200);
            assertEquals(OpportunityStatus.PLANNED, first.getStatus());
            assertEquals("Billing operations", first.getOwner().getName());
            assertEquals(1, first.getAddresses().size());
            assertEquals("PLANNED", window.shown(0, STATUS));
            assertEquals("Planned", window.displayed(0, STATUS));
        } finally {
            window.close();
        }
    }

    @Test
    void theCrossTableMarksTheChannelsOfEachTouchpoint() {
        TableWindow window = TableWindow.open("invoice-payment", "touchpointChannels", true);
        try {
            List<Channel> channels = window.session.model().getChannels();
            assertEquals(channels.size(), UiThread.call(() -> window.natTable.getColumnCount()) - 1);
            assertTrue(window.shownRows() > 0);
            for (int row = 0; row < window.shownRows(); row++) {
                Step step = (Step) window.table.getLines().get(row).getSemantic();
                for (int column = 0; column < channels.size(); column++) {
                    Object shown = window.shown(row, column);
                    boolean uses = step.getChannels().contains(channels.get(column));
                    assertEquals(uses ? "\u25cf" : "", shown, step.getName() + " / " + channels.get(column).getName());
                }
            }
            window.screenshot("table-touchpoint-channels");

            Step step = (Step) window.table.getLines().get(0).getSemantic();
            int unused = channels.indexOf(channels.stream().filter(c -> !step.getChannels().contains(c)).findFirst()
                    .orElseThrow());
            Gestures.click(window.natTable, window.cellBounds(0, unused));
            assertTrue(step.getChannels().contains(channels.get(unused)), "a click on an empty cell adds the channel");
            assertEquals("\u25cf", window.shown(0, unused));
            window.screenshot("table-touchpoint-channels-toggled");
            Gestures.click(window.natTable, window.cellBounds(0, unused));
            assertFalse(step.getChannels().contains(channels.get(unused)), "a second click takes it away");
            UiThread.run(() -> window.stack().undo());
            UiThread.settle(200);
            assertTrue(step.getChannels().contains(channels.get(unused)), "undo adds it back");
        } finally {
            window.close();
        }
    }

    @Test
    void teamsAreOfferedByTheirLabels() {
        TableWindow window = TableWindow.open("invoice-payment", "opportunities", false);
        try {
            List<String> names = window.session.model().getTeams().stream().map(Team::getName).toList();
            ComboBoxCellEditor owner = (ComboBoxCellEditor) editorOf(window, 1, OWNER);
            assertEquals(names, owner.getComboBoxDataProvider().getValues(OWNER, 1).subList(1, names.size() + 1));
        } finally {
            window.close();
        }
    }
}
