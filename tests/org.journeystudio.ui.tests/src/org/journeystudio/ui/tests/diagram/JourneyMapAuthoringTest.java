package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.Severity;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.representation.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Builds a journey map from the blank template with the Journey Map's palette, clicks, drags and
 * keys only: stages, steps, a touchpoint with a new channel, a decision, pain points, an
 * opportunity and its addresses edge, a thought, a feeling, an emotion dragged on its scale, a
 * moment of truth, steps and stages reordered by drag; then undoes it all.
 */
class JourneyMapAuthoringTest {

    private DiagramFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void thePaletteBuildsAMapAndUndoGivesTheBlankMapBack() throws IOException {
        fixture = DiagramFixture.open("blank", "journeyMap");
        byte[] blank = JourneyPersistence.toBytes(fixture.session.semanticResource());
        assertEquals(List.of("Stage", "Step", "Touchpoint", "Decision", "Pain point", "Opportunity", "Thought", "Feeling",
                "Emotion", "Moment of truth", "Addresses"),
                UiThread.call(() -> fixture.page.paletteTools().stream().map(MappingTool::getLabel).toList()));
        Stage first = fixture.journey.getStages().get(0);
        Step step = first.getSteps().get(0);

        clickWith("Stage", fixture.view(first));
        Stage second = fixture.journey.getStages().get(1);
        assertEquals("Stage 2", second.getName());
        clickWith("Step", fixture.view(first));
        assertEquals("Step 2", first.getSteps().get(1).getName(), "a name its stage does not have yet");
        touchpointWithANewChannel(second);
        clickWith("Decision", fixture.view(second));
        assertEquals(StepKind.DECISION, second.getSteps().get(1).getKind());

        painsAndOpportunity(step);
        thoughtAndFeeling(step);
        emotionDraggedOnItsScale(step);
        clickWith("Moment of truth", fixture.view(step, "step"));
        assertTrue(step.isMomentOfTruth(), "the explicit tool marks the moment of truth");
        fixture.screenshot("authoring-journey-map");

        reorderByDrag(first, second);
        assertEquals(List.of(), JourneyValidation.validate(fixture.session.semanticResource()).stream()
                .filter(d -> d.severity() == Severity.ERROR).toList(), "no tool left an error");

        UiThread.run(() -> {
            while (fixture.stack().canUndo()) {
                fixture.stack().undo();
            }
        });
        assertArrayEquals(blank, JourneyPersistence.toBytes(fixture.session.semanticResource()), "undo: the blank map");
        fixture.screenshot("authoring-journey-map-undone");
    }

    private void touchpointWithANewChannel(Stage stage) {
        fixture.palette("Touchpoint");
        int[] at = fixture.centre(fixture.view(stage));
        fixture.clickLater(at[0], at[1]);
        Shell dialog = QuestionDialogs.await("Channels of the new touchpoint");
        assertEquals(List.of(), QuestionDialogs.candidates(dialog), "the blank map has no channel yet");
        QuestionDialogs.typeName(dialog, "Web shop");
        QuestionDialogs.ok(dialog, "authoring-touchpoint-channel-dialog");
        Step touchpoint = stage.getSteps().get(0);
        assertEquals(StepKind.TOUCHPOINT, touchpoint.getKind());
        assertEquals("Web shop", touchpoint.getChannels().get(0).getName(), "with the new channel of the map");
        JourneyModel model = fixture.session.model();
        assertEquals(touchpoint.getChannels(), model.getChannels());
    }

    private void painsAndOpportunity(Step step) {
        clickWith("Pain point", fixture.view(step, "step"));
        PainPoint pain = step.getPainPoints().get(0);
        clickWith("Pain point", fixture.view(pain, "painPoint"));
        assertEquals(List.of("Pain point 1", "Pain point 2"), step.getPainPoints().stream().map(PainPoint::getName).toList());
        clickWith("Opportunity", fixture.view(pain, "painPoint"));
        Opportunity opportunity = fixture.session.model().getOpportunities().get(0);
        assertEquals(List.of(pain), opportunity.getAddresses());
        fixture.palette("Addresses");
        int[] from = fixture.centre(fixture.view(opportunity, "opportunity"));
        fixture.click(from[0], from[1], 0);
        int[] to = fixture.centre(fixture.view(step.getPainPoints().get(1), "painPoint"));
        fixture.click(to[0], to[1], 0);
        assertEquals(step.getPainPoints(), opportunity.getAddresses(), "the edge tool adds the second pain point");
    }

    private void thoughtAndFeeling(Step step) {
        clickWith("Thought", fixture.view(step, "step"));
        assertEquals("What the customer thinks", UiThread.call(() -> fixture.page.directEditField().getText()),
                "the new thought opens for typing");
        fixture.typeInPlace("Is this quick?");
        assertEquals("Is this quick?", step.getThoughts());
        clickWith("Feeling", fixture.view(step, "step"));
        fixture.typeInPlace("hopeful");
        assertEquals("hopeful", step.getFeeling());
        Node thought = fixture.view(step, "thought");
        int[] at = fixture.centre(thought);
        fixture.mouse(SWT.MouseDoubleClick, at[0], at[1], 1, 0);
        UiThread.settle(150);
        assertEquals("Is this quick?", UiThread.call(() -> fixture.page.directEditField().getText()),
                "a double click edits the thought, without its quotes");
        fixture.typeInPlace("Is this going to be quick?");
        assertEquals("Is this going to be quick?", step.getThoughts());
    }

    private void emotionDraggedOnItsScale(Step step) {
        clickWith("Emotion", fixture.view(step, "step"));
        assertEquals(0, step.getEmotion(), "a new emotion sits in the middle of the scale");
        int[] dot = fixture.centre(fixture.view(step, "emotion"));
        fixture.drag(dot[0], dot[1], dot[0], dot[1] - 70);
        assertEquals(2, step.getEmotion(), "dragged to the top of the lane: +2");
        dot = fixture.centre(fixture.view(step, "emotion"));
        fixture.drag(dot[0], dot[1], dot[0] + 3, dot[1] + 95);
        assertEquals(-1, step.getEmotion(), "dragged three quarters down: snapped to -1");
    }

    private void reorderByDrag(Stage first, Stage second) {
        Step moved = first.getSteps().get(1);
        int[] from = fixture.centre(fixture.view(moved, "step"));
        int[] to = fixture.centre(fixture.view(second, "stage"));
        fixture.drag(from[0], from[1], to[0], to[1]);
        assertEquals(moved, second.getSteps().get(second.getSteps().size() - 1), "dropped on a stage: at its end");
        Step touchpoint = second.getSteps().get(0);
        from = fixture.centre(fixture.view(moved, "step"));
        to = fixture.centre(fixture.view(touchpoint, "step"));
        fixture.drag(from[0], from[1], to[0], to[1]);
        assertEquals(moved, second.getSteps().get(0), "dropped on a step: in its place");
        from = fixture.centre(fixture.view(second, "stage"));
        to = fixture.centre(fixture.view(first, "stage"));
        fixture.drag(from[0], from[1], to[0], to[1]);
        assertEquals(List.of(second, first), fixture.journey.getStages(), "a stage dropped on another takes its place");
        fixture.screenshot("authoring-journey-map-reordered");

        int[] at = fixture.centre(fixture.view(moved, "step"));
        boolean before = moved.isMomentOfTruth();
        fixture.mouse(SWT.MouseDoubleClick, at[0], at[1], 1, 0);
        UiThread.settle(150);
        assertNotNull(UiThread.call(() -> fixture.page.directEditField()), "a double click opens the label");
        fixture.escapeInPlace();
        assertNull(UiThread.call(() -> fixture.page.directEditField()));
        assertEquals(before, moved.isMomentOfTruth(), "and toggles nothing");
        assertFalse(moved.getName().isBlank());
    }

    private void clickWith(String tool, Node on) {
        fixture.palette(tool);
        int[] at = fixture.centre(on);
        fixture.click(at[0], at[1], 0);
    }
}
