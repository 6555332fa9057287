package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.representation.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The journey map page in a real shell, driven by SWT events: selection, palette creation, labels in place, undo. */
class DiagramPageTest {

    private DiagramFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void clickSelectsACardAndReportsItsStepToTheEditor() {
        fixture = DiagramFixture.open("invoice-payment", "journeyMap");
        Step step = fixture.journey.getStages().get(1).getSteps().get(0);
        int[] at = fixture.centre(step);
        fixture.click(at[0], at[1], 0);

        List<Node> selected = UiThread.call(() -> fixture.page.canvas().selection());
        assertEquals(1, selected.size());
        assertEquals(step, selected.get(0).getSemantic());
        assertEquals(List.of(step), fixture.selectedElements(), "the editor hears of the step");

        Step other = fixture.journey.getStages().get(2).getSteps().get(0);
        int[] second = fixture.centre(other);
        fixture.click(second[0], second[1], SWT.SHIFT);
        assertEquals(List.of(step, other), fixture.selectedElements(), "Shift adds to the selection");
        fixture.key(SWT.ARROW_RIGHT, '\0', 0);
        assertEquals(1, fixture.selectedElements().size(), "an arrow moves to one neighbouring card");
        assertNotEquals(other, fixture.selectedElements().get(0));
        fixture.screenshot("diagram-journey-map-selection");

        int[] from = fixture.centre(step);
        fixture.drag(from[0], from[1], from[0] + 100, from[1] + 40);
        assertTrue(fixture.diagram.getStates().isEmpty(), "the lane grid places cards itself: a drag stores nothing");
    }

    @Test
    void paletteCreatesAStageAndATouchpointInIt() {
        fixture = DiagramFixture.open("invoice-payment", "journeyMap");
        int stages = fixture.journey.getStages().size();
        List<String> palette = UiThread.call(() -> fixture.page.paletteTools().stream().map(MappingTool::getLabel).toList());
        assertEquals(List.of("Stage", "Step", "Touchpoint", "Decision", "Pain point", "Opportunity", "Thought", "Feeling",
                "Emotion", "Moment of truth", "Addresses"), palette);

        selectPaletteItem("Stage");
        int[] stageLane = fixture.centre(fixture.journey.getStages().get(0));
        fixture.click(stageLane[0], stageLane[1], 0);
        assertEquals(stages + 1, fixture.journey.getStages().size(), "a new stage");
        Stage created = fixture.journey.getStages().get(stages);
        assertEquals(created, fixture.view(created).getSemantic(), "the new stage is on the canvas");
        assertEquals(List.of(created), fixture.selectedElements(), "and selected");

        selectPaletteItem("Touchpoint");
        int[] column = fixture.centre(created);
        fixture.clickLater(column[0], column[1]);
        Shell question = QuestionDialogs.await("Channels of the new touchpoint");
        String phone = fixture.session.model().getChannels().get(2).getName();
        assertTrue(QuestionDialogs.candidates(question).contains(phone), "the map's channels are offered");
        QuestionDialogs.tick(question, phone);
        QuestionDialogs.ok(question, "diagram-journey-map-touchpoint-channels");
        assertEquals(1, created.getSteps().size(), "a touchpoint in the clicked stage");
        Step touchpoint = created.getSteps().get(0);
        assertEquals(StepKind.TOUCHPOINT, touchpoint.getKind());
        assertEquals(phone, touchpoint.getChannels().get(0).getName(), "through the channel ticked");
        assertNotNull(fixture.view(touchpoint));
        fixture.screenshot("diagram-journey-map-palette-created");

        UiThread.run(() -> fixture.stack().undo());
        assertTrue(created.getSteps().isEmpty(), "undo removes the touchpoint");
        UiThread.run(() -> fixture.stack().undo());
        assertEquals(stages, fixture.journey.getStages().size(), "undo removes the stage");
        UiThread.run(() -> fixture.stack().redo());
        UiThread.run(() -> fixture.stack().redo());
        assertEquals(stages + 1, fixture.journey.getStages().size());
        assertEquals(1, fixture.journey.getStages().get(stages).getSteps().size(), "redo brings both back");
        assertNotNull(fixture.view(fixture.journey.getStages().get(stages).getSteps().get(0)));
    }

    @Test
    void labelIsEditedInPlaceAndCommittedWithEnter() {
        fixture = DiagramFixture.open("invoice-payment", "journeyMap");
        Step step = fixture.journey.getStages().get(0).getSteps().get(0);
        int[] at = fixture.centre(step);
        fixture.click(at[0], at[1], 0);
        fixture.key(SWT.F2, '\0', 0);
        Text field = UiThread.call(() -> fixture.page.directEditField());
        assertNotNull(field, "F2 opens the label field");
        assertEquals(step.getName(), UiThread.call(field::getText));

        UiThread.run(() -> field.selectAll());
        fixture.type("Reads the invoice");
        assertEquals("Reads the invoice", UiThread.call(field::getText), "typed into the field");
        fixture.screenshot("diagram-journey-map-direct-edit");
        fixture.post(SWT.KeyDown, '\r', SWT.CR);
        fixture.post(SWT.KeyUp, '\r', SWT.CR);
        UiThread.settle(300);

        assertEquals("Reads the invoice", step.getName());
        assertNull(UiThread.call(() -> fixture.page.directEditField()), "Enter closes the field");
        assertEquals("Reads the invoice", fixture.view(step).getLabel(), "the card shows the new name");
        fixture.screenshot("diagram-journey-map-renamed");

        UiThread.run(() -> fixture.stack().undo());
        assertNotEquals("Reads the invoice", step.getName(), "undo restores the name");
    }

    @Test
    void doubleClickEditsTheLabelAndOnlyTheToolTogglesTheMomentOfTruth() {
        fixture = DiagramFixture.open("support-call", "journeyMap");
        Step step = fixture.journey.getStages().get(0).getSteps().get(0);
        boolean before = step.isMomentOfTruth();
        int[] at = fixture.centre(step);
        fixture.click(at[0], at[1], 0);
        fixture.mouse(SWT.MouseDoubleClick, at[0], at[1], 1, 0);
        UiThread.settle(150);
        assertEquals(before, step.isMomentOfTruth(), "an accidental double click changes no data");
        assertNotNull(UiThread.call(() -> fixture.page.directEditField()), "it opens the label for editing");
        fixture.post(SWT.KeyDown, (char) 27, SWT.ESC);
        fixture.post(SWT.KeyUp, (char) 27, SWT.ESC);
        UiThread.settle(200);
        assertNull(UiThread.call(() -> fixture.page.directEditField()), "Esc closes it");

        selectPaletteItem("Moment of truth");
        fixture.click(at[0], at[1], 0);
        assertEquals(!before, step.isMomentOfTruth(), "the Moment of truth tool toggles it");
        UiThread.run(() -> fixture.stack().undo());
        assertEquals(before, step.isMomentOfTruth());

        fixture.click(at[0], at[1], 0);
        Stage stage = (Stage) step.eContainer();
        int steps = stage.getSteps().size();
        fixture.key(SWT.DEL, (char) 127, 0);
        assertEquals(steps - 1, stage.getSteps().size(), "Delete removes the selected step");
        assertTrue(UiThread.call(() -> fixture.page.canvas().selection().isEmpty()), "its card is gone");
        UiThread.run(() -> fixture.stack().undo());
        assertEquals(step, stage.getSteps().get(0), "undo brings it back in place");
    }

    /** Clicks a palette item: the radio group moves to it and its selection event arms the tool. */
    private void selectPaletteItem(String label) {
        UiThread.run(() -> {
            ToolItem target = null;
            for (ToolItem item : fixture.page.paletteBar().getItems()) {
                item.setSelection(label.equals(item.getText()));
                target = label.equals(item.getText()) ? item : target;
            }
            assertNotNull(target, "palette item " + label);
            target.notifyListeners(SWT.Selection, new Event());
        });
        UiThread.settle(100);
    }
}
