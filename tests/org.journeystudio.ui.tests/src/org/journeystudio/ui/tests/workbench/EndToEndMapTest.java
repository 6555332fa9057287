package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.journeystudio.diagram.ui.page.DiagramPage;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.ui.tests.diagram.CanvasDriver;
import org.journeystudio.ui.tests.diagram.QuestionDialogs;
import org.journeystudio.viewpoint.representation.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's trial in the workbench: from the blank template, with the Journey Map, Service
 * Blueprint, Journey Flow and Persona palettes, drags, the canvas menu, the model tree and the
 * keyboard, a map with two stages, five steps (a touchpoint with its channel, a decision with two
 * branches), two pain points, an opportunity addressing one, support actions in three blueprint
 * lanes with their teams, a persona's goals and quote and a second journey with its own Journey Map
 * tab; saved, checked element by element and by the {@code journey validate} command in its own
 * process; then everything undone, and the blank map back byte for byte. A screenshot of every page.
 */
class EndToEndMapTest {

    private JourneyEditor editor;
    private CanvasDriver canvas;
    private JourneyModel model;

    @AfterEach
    void close() {
        UiThread.run(() -> Workbench.page().closeAllEditors(false));
    }

    @Test
    void aWholeMapFromTheBlankTemplateAndBackByUndo() throws Exception {
        IFile file = UiThread.call(() -> Workbench.newMap("EndToEnd", "blank"));
        Path path = Path.of(file.getLocationURI());
        byte[] blank = Files.readAllBytes(path);
        editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            JourneyEditor opened = Workbench.open(file);
            PropertyEditingTest.showPropertiesView();
            Workbench.page().activate(opened);
            return opened;
        });
        UiThread.settle(300);
        canvas = new CanvasDriver(() -> assertInstanceOf(DiagramPage.class, editor.activeRepresentationPage(),
                "the active page is a diagram"));
        model = UiThread.call(() -> editor.context().session().model());
        Journey journey = model.getJourneys().get(0);

        journeyMap(journey);
        serviceBlueprint(journey);
        journeyFlow(journey);
        personaCard(model.getPersonas().get(0));
        for (String table : List.of("Touchpoint × Channel", "Pain Points", "Opportunities")) {
            show(table);
        }
        secondJourney();

        UiThread.run(() -> Workbench.page().activate(editor));
        Keys.press('s', SWT.CTRL);
        assertFalse(UiThread.call(editor::isDirty), "Ctrl+S saved");
        EndToEndChecks.saved(path);
        JourneyCli.Result validate = JourneyCli.run(path.getParent(), "validate", path.toString());
        assertEquals(0, validate.exitCode(), "journey validate finds no error:\n" + validate.out() + validate.err());
        assertTrue(validate.out().lines().anyMatch(line -> line.startsWith("0 error(s)")), validate.out());

        CommandStack stack = UiThread.call(() -> editor.context().editingDomain().getCommandStack());
        TreeDriver.activate();
        for (int undos = 0; UiThread.call(stack::canUndo) && undos < 200; undos++) {
            Keys.press('z', SWT.CTRL);
        }
        assertFalse(UiThread.call(stack::canUndo), "everything undone");
        UiThread.run(() -> Workbench.page().activate(editor));
        Keys.press('s', SWT.CTRL);
        assertArrayEquals(blank, Files.readAllBytes(path), "the blank map again, byte for byte");
        show("Journey Map");
    }

    /** Stages, steps, a touchpoint with a new channel, a decision, pains, an opportunity, an emotion; a step moved by drag. */
    private void journeyMap(Journey journey) {
        show("Journey Map");
        Stage first = journey.getStages().get(0);
        canvas.clickWith("Stage", canvas.view(first, "stage"));
        Stage second = journey.getStages().get(1);
        rename(canvas.view(second, "stage"), "Pay");
        canvas.clickWith("Decision", canvas.view(first, "stage"));
        Step decision = first.getSteps().get(1);
        rename(canvas.view(decision, "step"), "Pay now?");

        canvas.palette("Touchpoint");
        int[] at = canvas.centre(canvas.view(second, "stage"));
        canvas.clickLater(at[0], at[1]);
        Shell channels = QuestionDialogs.await("Channels of the new touchpoint");
        QuestionDialogs.typeName(channels, "Web");
        QuestionDialogs.ok(channels, "end-to-end-touchpoint-channel");
        Step pay = second.getSteps().get(0);
        rename(canvas.view(pay, "step"), "Pay online");
        canvas.clickWith("Step", canvas.view(second, "stage"));
        rename(canvas.view(second.getSteps().get(1), "step"), "Call us");
        canvas.clickWith("Step", canvas.view(second, "stage"));
        Step later = second.getSteps().get(2);
        rename(canvas.view(later, "step"), "Pay later");

        canvas.clickWith("Pain point", canvas.view(pay, "step"));
        rename(canvas.view(pay.getPainPoints().get(0), "painPoint"), "Card declined");
        Step call = second.getSteps().get(1);
        canvas.clickWith("Pain point", canvas.view(call, "step"));
        rename(canvas.view(call.getPainPoints().get(0), "painPoint"), "Long wait");
        canvas.clickWith("Opportunity", canvas.view(pay.getPainPoints().get(0), "painPoint"));
        rename(canvas.view(model.getOpportunities().get(0), "opportunity"), "One-click pay");

        canvas.clickWith("Emotion", canvas.view(pay, "step"));
        int[] dot = canvas.centre(canvas.view(pay, "emotion"));
        canvas.drag(dot[0], dot[1], dot[0], dot[1] - 70);
        assertEquals(2, pay.getEmotion(), "the emotion dragged to the top of its lane");
        pickEmotion(pay, "-1  unhappy");
        assertEquals(-1, pay.getEmotion(), "and picked from the scale's words");

        canvas.drag(canvas.view(later, "step"), canvas.view(call, "step"));
        assertEquals(List.of("Pay online", "Pay later", "Call us"), second.getSteps().stream().map(Step::getName).toList(),
                "a step dragged onto another takes its place");
        fitAndScreenshot("end-to-end-journey-map");
    }

    /** Selects the emotion point, opens the canvas menu and picks a value of Emotion. */
    private void pickEmotion(Step step, String label) {
        int[] dot = canvas.centre(canvas.view(step, "emotion"));
        canvas.click(dot[0], dot[1], 0);
        UiThread.run(() -> CanvasMenus.pick(canvas.page().canvas().control(), "Emotion", label));
        UiThread.settle(300);
    }

    /** A support action in three lanes of the pay step; teams asked on creation and set later by the Owner team tool. */
    private void serviceBlueprint(Journey journey) {
        show("Service Blueprint");
        Step pay = journey.getStages().get(1).getSteps().get(0);
        Shell team = ask("Frontstage action", canvas.view(pay, "customerAction"), "Team that owns the new frontstage action");
        QuestionDialogs.typeName(team, "Billing");
        QuestionDialogs.ok(team, "end-to-end-blueprint-new-team");
        rename(canvas.view(pay.getSupportActions().get(0), "frontstage"), "Show the amount");
        team = ask("Backstage action", canvas.view(pay, "customerAction"), "Team that owns the new backstage action");
        QuestionDialogs.tick(team, "Billing");
        QuestionDialogs.ok(team, "end-to-end-blueprint-team-ticked");
        rename(canvas.view(pay.getSupportActions().get(1), "backstage"), "Check the card");
        QuestionDialogs.ok(ask("Support process", canvas.view(pay, "customerAction"), "Team that owns the new support process"),
                "end-to-end-blueprint-no-team");
        SupportAction settle = pay.getSupportActions().get(2);
        rename(canvas.view(settle, "support"), "Settle with the bank");
        assertNull(settle.getOwner());
        team = ask("Owner team", canvas.view(settle, "support"), "Team that owns the support action");
        QuestionDialogs.tick(team, "Billing");
        QuestionDialogs.ok(team, "end-to-end-blueprint-owner-tool");
        assertEquals("Billing", settle.getOwner().getName(), "the Owner team tool sets a made action's team");
        screenshot("end-to-end-service-blueprint");
    }

    /** Next links: into the decision, and its two branches. */
    private void journeyFlow(Journey journey) {
        show("Journey Flow");
        Stage first = journey.getStages().get(0);
        Stage second = journey.getStages().get(1);
        Step decision = first.getSteps().get(1);
        link(first.getSteps().get(0), decision);
        link(decision, second.getSteps().get(0));
        link(decision, second.getSteps().get(1));
        fitAndScreenshot("end-to-end-journey-flow");
    }

    private void link(Step from, Step to) {
        canvas.palette("Next");
        int[] source = canvas.centre(from);
        canvas.click(source[0], source[1], 0);
        int[] target = canvas.centre(to);
        canvas.click(target[0], target[1], 0);
        assertTrue(from.getNext().contains(to), from.getName() + " linked to " + to.getName() + ": "
                + UiThread.call(() -> canvas.page().statusText()));
    }

    private void personaCard(Persona persona) {
        show("Persona");
        canvas.clickWith("Goal", canvas.view(persona));
        canvas.typeInPlace("Pay on time; No late fees");
        canvas.clickWith("Quote", canvas.view(persona));
        canvas.typeInPlace("I pay on the day the bill arrives.");
        screenshot("end-to-end-persona");
    }

    /** A second journey from the model tree, named in Properties, with a Journey Map of its own. */
    private void secondJourney() {
        Tree tree = TreeDriver.activate();
        TreeDriver.select(tree, model);
        TreeDriver.choose(tree, "New Child", "Journey");
        UiThread.run(() -> PropertyRows.type("Name", "Pay tomorrow"));
        Object created = UiThread.call(() -> Workbench.selection(editor).get(0));
        assertEquals("Pay tomorrow", ((NamedElement) created).getName());
        TreeDriver.choose(tree, "New Representation", "Journey Map");
        assertEquals("Journey Map – Pay tomorrow", UiThread.call(() -> Editors.activeTab(editor)), "its own tab");
        screenshot("end-to-end-second-journey-map");
    }

    private Shell ask(String tool, Node on, String question) {
        return canvas.ask(tool, on, question);
    }

    /** Selects a card, presses F2 and types its new name. */
    private void rename(Node view, String name) {
        int[] at = canvas.centre(view);
        canvas.click(at[0], at[1], 0);
        canvas.key(SWT.F2, '\0', 0);
        canvas.typeInPlace(name);
        assertEquals(name, ((NamedElement) view.getSemantic()).getName(), "renamed in place");
    }

    private void show(String tab) {
        UiThread.run(() -> {
            Workbench.page().activate(editor);
            Editors.showTab(editor, tab);
        });
        UiThread.settle(400);
        screenshot("end-to-end-page-" + tab.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
    }

    /** Zoom ▸ Fit from the canvas menu, so the picture shows the whole diagram. */
    private void fitAndScreenshot(String name) {
        UiThread.run(() -> CanvasMenus.pick(canvas.page().canvas().control(), "Zoom", "Fit"));
        screenshot(name);
    }

    private static void screenshot(String name) {
        UiThread.settle(200);
        UiThread.run(() -> Workbench.screenshot(name));
    }
}
