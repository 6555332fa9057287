package org.journeystudio.ui.tests.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecException;
import org.junit.jupiter.api.Test;

/**
 * Tables of this bundle's specs/ui-tables.viewpoint on the invoice-payment template: pain points
 * nested under their steps, a column edited through its cell-editor tool, a check box and an
 * emotion bounded by the model's scale.
 */
class NestedAndToolTableTest {

    private static final int NAME = 0;
    private static final int MOMENT_OF_TRUTH = 1;
    private static final int EMOTION = 2;

    private static Spec spec() {
        try (InputStream in = NestedAndToolTableTest.class.getResourceAsStream("/specs/ui-tables.viewpoint")) {
            return JourneyViewpoint.loader().load("ui-tables.viewpoint", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SpecException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Test
    void subLinesAreIndentedUnderTheirLineAndTheCellToolRenames() {
        TableWindow window = TableWindow.open(spec(), "invoice-payment", "stepPains", true);
        try {
            List<String> headers = new ArrayList<>();
            for (int row = 0; row < window.shownRows(); row++) {
                int position = row + TableWindow.HEADER_ROWS;
                headers.add(String.valueOf(UiThread.call(() -> window.natTable.getDataValueByPosition(0, position))));
            }
            int row = 0;
            Line withPains = null;
            for (Line line : window.table.getLines()) {
                if (!line.getLines().isEmpty()) {
                    withPains = line;
                    break;
                }
                row++;
            }
            Step step = (Step) withPains.getSemantic();
            PainPoint firstPain = step.getPainPoints().get(0);
            assertEquals(step.getName(), headers.get(row));
            assertEquals("    \u21b3 " + firstPain.getName(), headers.get(row + 1), "a sub-line is indented under its line");
            assertTrue(headers.size() > window.table.getLines().size(), "steps and their pain points are shown");
            window.screenshot("table-nested-step-pains");

            Gestures.click(window.natTable, window.cellBounds(row, NAME));
            Gestures.type("Get");
            Gestures.enter();
            assertEquals("Get !", step.getName(), "the column's cell editor tool made the change");
            assertEquals("Get !", window.shown(row, NAME));
            UiThread.run(() -> window.stack().undo());
            UiThread.settle(200);
            assertEquals(headers.get(row), step.getName());
        } finally {
            window.close();
        }
    }

    @Test
    void aCheckBoxTogglesAndAnEmotionOutsideTheScaleIsRefused() {
        TableWindow window = TableWindow.open(spec(), "invoice-payment", "steps", true);
        try {
            Step first = (Step) window.table.getLines().get(0).getSemantic();
            boolean before = first.isMomentOfTruth();
            assertEquals(before, window.shown(0, MOMENT_OF_TRUTH));
            Gestures.click(window.natTable, window.cellBounds(0, MOMENT_OF_TRUTH));
            UiThread.settle(300);
            assertEquals(!before, first.isMomentOfTruth(), "a click on the check box toggles it");
            window.screenshot("table-steps-checkbox");

            int emotion = first.getEmotion();
            Gestures.click(window.natTable, window.cellBounds(0, EMOTION));
            Gestures.type("7");
            Gestures.enter();
            assertEquals(emotion, first.getEmotion(), "7 lies outside the emotion scale -2..2");
            assertEquals("Emotion must be between -2 and 2; 7 is not",
                    UiThread.call(() -> window.natTable.getActiveCellEditor().getEditorControl().getToolTipText()));
            Gestures.backspace();
            Gestures.type("-1");
            Gestures.enter();
            assertEquals(-1, first.getEmotion());

            UiThread.run(() -> {
                window.stack().undo();
                window.stack().undo();
            });
            UiThread.settle(200);
            assertEquals(emotion, first.getEmotion());
            assertEquals(before, first.isMomentOfTruth());
            assertFalse(window.stack().canUndo());
        } finally {
            window.close();
        }
    }
}
