package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/**
 * Diagram nodes and table rows whose element has a problem carry an error decorator, with the message as
 * tooltip; Validate (Project > Validate Journey Maps) brings the editor's problems up to date without a save.
 */
class DecoratorsTest {

    private static final String STEP = "Compare the amount with last quarter";

    @Test
    void aStepAndAPainPointWithAProblemShowItOnTheirNodeAndRow() {
        IFile file = UiThread.call(() -> Workbench.newMap("Decorated", "invoice-payment"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            editor.showPage("Journey Flow");
            Editors.renameInProperties(editor, Workbench.step(editor, STEP), "");
            Workbench.page().activate(editor);
            Workbench.execute("org.journeystudio.ui.validate");
            editor.showPage("Journey Flow");
            editor.reveal(Workbench.step(editor, ""));
        });
        UiThread.settle(500);
        UiThread.run(() -> {
            Control canvas = Editors.activeCanvas(editor);
            assertTrue(hoverUntilTooltip(canvas, 6) != null, "a node of the diagram has the JM001 tooltip");
            assertTrue(canvas.getToolTipText().contains("has an empty or blank name") || canvas.getToolTipText()
                    .startsWith("JM001"), canvas.getToolTipText());
            Workbench.screenshot("decorators-diagram-node");
        });

        UiThread.run(() -> {
            editor.showPage("Pain Points");
            PainPoint painPoint = firstPainPoint(editor);
            Editors.renameInProperties(editor, painPoint, "");
            Workbench.page().activate(editor);
            Workbench.execute("org.journeystudio.ui.validate");
            editor.showPage("Pain Points");
            editor.reveal(painPoint);
        });
        UiThread.settle(500);
        UiThread.run(() -> {
            Control table = Widgets.find(Editors.tabs(editor).getSelection().getControl(), NatTable.class,
                    NatTable::isVisible, "the Pain Points table");
            Point found = hoverUntilTooltip(table, 3);
            assertTrue(found != null, "a row of the table has the JM001 tooltip");
            Workbench.screenshot("decorators-table-row");
            Workbench.page().closeEditor(editor, false);
        });
    }

    private static PainPoint firstPainPoint(JourneyEditor editor) {
        return editor.context().session().model().getJourneys().get(0).getStages().stream()
                .flatMap(stage -> stage.getSteps().stream()).flatMap(step -> step.getPainPoints().stream()).findFirst()
                .orElseThrow();
    }

    /** Moves the pointer over the control, row by row, until its tooltip names a JM001 problem; where, or null. */
    private static Point hoverUntilTooltip(Control control, int step) {
        Point size = control.getSize();
        for (int y = 1; y < size.y; y += step) {
            for (int x = 1; x < size.x; x += step) {
                Event event = new Event();
                event.x = x;
                event.y = y;
                control.notifyListeners(SWT.MouseMove, event);
                String tip = control.getToolTipText();
                if (tip != null && tip.contains("JM001")) {
                    return new Point(x, y);
                }
            }
        }
        return null;
    }
}
