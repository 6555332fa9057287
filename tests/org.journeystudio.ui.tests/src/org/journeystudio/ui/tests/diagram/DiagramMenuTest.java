package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.sync.ViewStates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The context menu (filters, arrange all, export) and the edge tool of the palette. */
class DiagramMenuTest {

    private DiagramFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void filterFromTheContextMenuHidesMildPainPointsUndoably() {
        fixture = DiagramFixture.open("invoice-payment", "journeyMap");
        PainPoint mild = fixture.journey.getStages().stream().flatMap(stage -> stage.getSteps().stream())
                .flatMap(step -> step.getPainPoints().stream()).filter(pain -> pain.getSeverity() < 4).findFirst()
                .orElseThrow();
        assertNotNull(fixture.view(mild));
        menuItem("Filters", "Only severe pain points");
        assertEquals(List.of("severePainOnly"), List.copyOf(fixture.diagram.getActiveFilters()));
        assertNull(UiThread.call(() -> fixture.page.canvas().picture().viewOf(mild)), "the mild pain point is hidden");
        fixture.screenshot("diagram-journey-map-filtered");
        UiThread.run(() -> fixture.stack().undo());
        assertTrue(fixture.diagram.getActiveFilters().isEmpty());
        assertNotNull(fixture.view(mild), "undo shows it again");
    }

    @Test
    void nextEdgeFromThePaletteAndArrangeAllAfterAMove() throws Exception {
        fixture = DiagramFixture.open("support-call", "journeyFlow");
        Stage lastStage = fixture.journey.getStages().get(fixture.journey.getStages().size() - 1);
        Step last = lastStage.getSteps().get(lastStage.getSteps().size() - 1);
        Step first = fixture.journey.getStages().get(0).getSteps().get(0);
        paletteItem("Next");
        UiThread.run(() -> fixture.page.canvas().reveal(fixture.view(last)));
        int[] source = fixture.centre(last);
        fixture.click(source[0], source[1], 0);
        UiThread.run(() -> fixture.page.canvas().reveal(fixture.view(first)));
        int[] target = fixture.centre(first);
        fixture.click(target[0], target[1], 0);
        assertTrue(last.getNext().contains(first), "the edge tool linked the last step back to the first");
        fixture.screenshot("diagram-journey-flow-next-edge");

        int[] at = fixture.centre(first);
        fixture.drag(at[0], at[1], at[0] + 40, at[1] + 120);
        String mapping = fixture.view(first).getMapping();
        assertTrue(new ViewStates(fixture.diagram).find(mapping, first, null, null).isSetX());
        menuItem(null, "&Arrange All");
        assertFalse(new ViewStates(fixture.diagram).find(mapping, first, null, null).isSetX(), "positions forgotten");

        Path png = Files.createTempFile("journey-flow", ".png");
        UiThread.run(() -> fixture.page.exportImage(png));
        assertTrue(Files.size(png) > 5_000, "the export wrote a picture");
        assertTrue(UiThread.call(() -> fixture.page.statusText()).startsWith("Exported"));
    }

    @Test
    void addMenuRunsTheToolsThatApplyToTheSelectedStep() {
        fixture = DiagramFixture.open("blank", "journeyMap");
        Step step = fixture.journey.getStages().get(0).getSteps().get(0);
        int[] at = fixture.centre(step);
        fixture.click(at[0], at[1], 0);
        List<String> offered = UiThread.call(() -> {
            Menu menu = fixture.canvas().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            return List.of(find(menu, "Add").getMenu().getItems()).stream().map(MenuItem::getText).toList();
        });
        assertEquals(List.of("Stage", "Step", "Touchpoint", "Decision", "Pain point", "Thought", "Feeling", "Emotion",
                "Moment of truth"), offered, "an opportunity needs a pain point: not offered on a step");
        menuItem("Add", "Pain point");
        assertEquals(1, step.getPainPoints().size(), "a pain point on the selected step");
        fixture.click(at[0], at[1], 0);
        menuItem("Add", "Moment of truth");
        assertTrue(step.isMomentOfTruth(), "the toggle is a menu entry too");
        fixture.screenshot("diagram-journey-map-add-menu");
        UiThread.run(() -> {
            fixture.stack().undo();
            fixture.stack().undo();
        });
        assertFalse(step.isMomentOfTruth());
        assertTrue(step.getPainPoints().isEmpty());
    }

    /** Opens the canvas's context menu and selects an item (mnemonics ignored), inside a submenu when one is named. */
    private void menuItem(String submenu, String label) {
        UiThread.run(() -> {
            Menu menu = fixture.canvas().getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            Menu holder = submenu == null ? menu : find(menu, submenu).getMenu();
            MenuItem item = find(holder, label);
            if ((item.getStyle() & SWT.CHECK) != 0) {
                item.setSelection(!item.getSelection());
            }
            item.notifyListeners(SWT.Selection, new Event());
        });
        UiThread.settle(200);
    }

    private static MenuItem find(Menu menu, String label) {
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().replace("&", "");
            String wanted = label.replace("&", "");
            if (text.equals(wanted) || text.startsWith(wanted + "\t")) {
                return item;
            }
        }
        throw new AssertionError("no menu item " + label);
    }

    private void paletteItem(String label) {
        UiThread.run(() -> {
            for (ToolItem item : fixture.page.paletteBar().getItems()) {
                item.setSelection(label.equals(item.getText()));
                if (label.equals(item.getText())) {
                    item.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
    }
}
