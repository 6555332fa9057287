package org.journeystudio.ui.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.render.Rect;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Service Blueprint, Journey Flow and Persona card palettes on the blank template, driven by
 * clicks, the question dialog and typing in place; each ends by undoing everything.
 */
class BlueprintFlowPersonaAuthoringTest {

    private DiagramFixture fixture;
    private byte[] blank;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void blueprintPaletteAddsASupportActionInEachLaneWithItsOwnerTeam() throws IOException {
        open("serviceBlueprint");
        assertEquals(List.of("Stage", "Customer action", "Frontstage action", "Backstage action", "Support process",
                "Physical evidence", "Owner team"), paletteLabels());
        Step step = fixture.journey.getStages().get(0).getSteps().get(0);
        Node customer = fixture.view(step, "customerAction");

        Shell team = ask("Frontstage action", customer, "Team that owns the new frontstage action");
        QuestionDialogs.typeName(team, "Billing");
        QuestionDialogs.ok(team, "authoring-blueprint-team-dialog");
        team = ask("Backstage action", customer, "Team that owns the new backstage action");
        assertEquals(List.of("Billing"), QuestionDialogs.candidates(team), "the map's teams are offered");
        QuestionDialogs.tick(team, "Billing");
        QuestionDialogs.ok(team, "authoring-blueprint-team-chosen");
        QuestionDialogs.ok(ask("Support process", customer, "Team that owns the new support process"),
                "authoring-blueprint-no-team");
        QuestionDialogs.ok(ask("Physical evidence", customer, "Team that owns the new physical evidence"),
                "authoring-blueprint-evidence");

        List<SupportAction> actions = step.getSupportActions();
        assertEquals(List.of(BlueprintLane.FRONTSTAGE, BlueprintLane.BACKSTAGE, BlueprintLane.SUPPORT_PROCESS,
                BlueprintLane.PHYSICAL_EVIDENCE), actions.stream().map(SupportAction::getLane).toList());
        assertEquals("Billing", actions.get(0).getOwner().getName(), "a new team of the map");
        assertEquals(actions.get(0).getOwner(), actions.get(1).getOwner(), "the team ticked");
        assertNull(actions.get(2).getOwner());
        int[] at = fixture.centre(fixture.view(actions.get(0), "frontstage"));
        fixture.click(at[0], at[1], 0);
        fixture.key(SWT.F2, '\0', 0);
        fixture.typeInPlace("Confirm by e-mail");
        assertEquals("Confirm by e-mail", actions.get(0).getName());
        fixture.screenshot("authoring-service-blueprint");
        undoAll();
    }

    @Test
    void flowPaletteMakesADecisionWithTwoBranchesAndALoop() throws IOException {
        open("journeyFlow");
        Stage stage = fixture.journey.getStages().get(0);
        Step start = stage.getSteps().get(0);
        // a click on the bare diagram adds to the last stage, and the new step stays where it was clicked
        clickAt("Decision", 480, 220);
        clickAt("Step", 760, 120);
        clickAt("Step", 760, 340);
        Step decision = stage.getSteps().get(1);
        assertEquals(StepKind.DECISION, decision.getKind());
        assertEquals(List.of("Step 1", "Decision 1", "Step 2", "Step 3"), stage.getSteps().stream().map(Step::getName)
                .toList());
        link(decision, stage.getSteps().get(2));
        link(decision, stage.getSteps().get(3));
        link(stage.getSteps().get(3), start);
        assertEquals(List.of(stage.getSteps().get(2), stage.getSteps().get(3)), decision.getNext(), "two branches");
        assertEquals(List.of(start), stage.getSteps().get(3).getNext(), "and a loop back to the start");
        clickWith("Moment of truth", fixture.view(decision));
        assertTrue(decision.isMomentOfTruth());

        int[] at = fixture.centre(start);
        fixture.drag(at[0], at[1], at[0] + 160, at[1] + 200);
        Edge loop = UiThread.call(() -> fixture.page.canvas().picture().diagram().getEdges().stream()
                .filter(edge -> edge.getTarget().getSemantic() == start).findFirst().orElseThrow());
        double[] route = UiThread.call(() -> fixture.page.canvas().picture().route(loop));
        Rect target = UiThread.call(() -> fixture.page.canvas().picture().bounds(loop.getTarget()));
        double endX = route[route.length - 2];
        double endY = route[route.length - 1];
        boolean onBorder = Math.abs(endX - target.x()) < 1 || Math.abs(endX - target.x() - target.w()) < 1
                || Math.abs(endY - target.y()) < 1 || Math.abs(endY - target.y() - target.h()) < 1;
        assertTrue(onBorder, "a straight edge ends on the border of its target, where its arrow head shows");
        fixture.screenshot("authoring-journey-flow");
        undoAll();
    }

    @Test
    void personaCardListsAndQuoteAreEditedInPlace() throws IOException {
        fixture = DiagramFixture.open("blank", "personaCard", model -> model.getPersonas().get(0));
        blank = JourneyPersistence.toBytes(fixture.session.semanticResource());
        assertEquals(List.of("Quote", "Goal", "Motivation", "Behaviour", "Frustration"), paletteLabels());
        Persona persona = fixture.session.model().getPersonas().get(0);
        addLine("Goal", persona, "New goal 1", "Pay on time; Avoid late fees");
        assertEquals(List.of("Pay on time", "Avoid late fees"), persona.getGoals());
        addLine("Quote", persona, "In their own words", "I just want it done.");
        assertEquals("I just want it done.", persona.getQuote());
        addLine("Motivation", persona, "New motivation 1", "Peace of mind");
        addLine("Behaviour", persona, "New behaviour 1", "Pays by phone");
        addLine("Frustration", persona, "New frustration 1", "Hold music");
        assertEquals(List.of("Peace of mind"), persona.getMotivations());
        assertEquals(List.of("Pays by phone"), persona.getBehaviors());
        assertEquals(List.of("Hold music"), persona.getFrustrations());
        addLine("Goal", persona, "Pay on time; Avoid late fees; New goal 1", "Pay on time; Avoid late fees; Get a receipt");
        assertEquals(3, persona.getGoals().size(), "a list is edited as one line, entries split at ';'");
        fixture.screenshot("authoring-persona-card");
        undoAll();
    }

    private void open(String description) throws IOException {
        fixture = DiagramFixture.open("blank", description);
        blank = JourneyPersistence.toBytes(fixture.session.semanticResource());
    }

    private List<String> paletteLabels() {
        return UiThread.call(() -> fixture.page.paletteTools().stream().map(MappingTool::getLabel).toList());
    }

    private Shell ask(String tool, Node on, String question) {
        return fixture.driver().ask(tool, on, question);
    }

    private void clickWith(String tool, Node on) {
        fixture.palette(tool);
        int[] at = fixture.centre(on);
        fixture.click(at[0], at[1], 0);
    }

    private void clickAt(String tool, int x, int y) {
        fixture.palette(tool);
        fixture.click(x, y, 0);
    }

    private void link(Step from, Step to) {
        fixture.palette("Next");
        UiThread.run(() -> fixture.page.canvas().reveal(fixture.view(from)));
        int[] source = fixture.centre(from);
        fixture.click(source[0], source[1], 0);
        UiThread.run(() -> fixture.page.canvas().reveal(fixture.view(to)));
        int[] target = fixture.centre(to);
        fixture.click(target[0], target[1], 0);
        assertTrue(from.getNext().contains(to), "linked " + from.getName() + " to " + to.getName() + "; status: "
                + UiThread.call(() -> fixture.page.statusText()) + ", source at " + source[0] + "," + source[1]
                + ", target at " + target[0] + "," + target[1]);
    }

    private void addLine(String tool, Persona persona, String offered, String typed) {
        clickWith(tool, fixture.view(persona));
        assertEquals(offered, UiThread.call(() -> fixture.page.directEditField().getText()), "the field opens on it");
        fixture.typeInPlace(typed);
    }

    private void undoAll() throws IOException {
        UiThread.run(() -> {
            while (fixture.stack().canUndo()) {
                fixture.stack().undo();
            }
        });
        assertArrayEquals(blank, JourneyPersistence.toBytes(fixture.session.semanticResource()), "undo: the blank map");
    }
}
