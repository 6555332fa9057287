package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.journeystudio.model.journey.BlueprintLane;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.journey.SupportAction;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.query.StepFlow;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.Severity;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's trial, as far as the model tree, the Properties view and the keyboard take it: from the
 * blank template to a map with two stages, five steps (a touchpoint with its channel, a decision with
 * two branches), two pain points, an opportunity, support actions in three blueprint lanes, a persona
 * with goals and a quote and a second journey with its own Journey Map tab; saved, checked element
 * by element and by validation; then everything undone, and the blank map back byte for byte.
 */
class EndToEndMapTest {

    private JourneyEditor editor;
    private Tree tree;

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
            return opened;
        });
        UiThread.settle(300);
        JourneyModel model = UiThread.call(() -> editor.context().session().model());
        Journey journey = model.getJourneys().get(0);
        tree = TreeDriver.activate();

        create(model, "New Child", "Channel", "Web");
        create(model, "New Child", "Persona", "Margaret");
        UiThread.run(() -> PropertyRows.type("Quote", "I pay on the day the bill arrives."));
        Dialogs.answer(PropertyRows.dialogOf("Goals"), "goals",
                dialog -> Widgets.find(dialog, Text.class, text -> true, "the lines").setText("Pay on time\nNo late fees"), "OK");
        buildJourney(journey);
        create(model, "New Child", "Journey", "Pay tomorrow");
        TreeDriver.choose(tree, "New Representation", "Journey Map");
        UiThread.run(() -> Workbench.screenshot("end-to-end-second-journey-map"));
        refusesOutOfRangeValues(journey);

        UiThread.run(() -> Workbench.page().activate(editor));
        Keys.press('s', SWT.CTRL);
        assertFalse(UiThread.call(editor::isDirty), "Ctrl+S saved");
        checkSaved(path);

        CommandStack stack = UiThread.call(() -> editor.context().editingDomain().getCommandStack());
        tree = TreeDriver.activate();
        for (int undos = 0; UiThread.call(stack::canUndo) && undos < 200; undos++) {
            Keys.press('z', SWT.CTRL);
        }
        assertFalse(UiThread.call(stack::canUndo), "everything undone");
        UiThread.run(() -> Workbench.page().activate(editor));
        Keys.press('s', SWT.CTRL);
        assertArrayEquals(blank, Files.readAllBytes(path), "the blank map again, byte for byte");
    }

    private void buildJourney(Journey journey) {
        Stage first = journey.getStages().get(0);
        Step step1 = first.getSteps().get(0);
        create(first, "New Sibling", "Stage", "Pay");
        Stage second = journey.getStages().get(1);
        create(step1, "New Sibling", "Step", "Compare");
        Step compare = first.getSteps().get(1);
        create(second, "New Child", "Step", "Pay online");
        Step pay = second.getSteps().get(0);
        UiThread.run(() -> PropertyRows.choose("Kind", "Touchpoint"));
        Dialogs.answer(PropertyRows.dialogOf("Channels"), "Channels", dialog -> check(dialog, "Web"), "OK");
        create(second, "New Child", "Step", "Call us");
        Step call = second.getSteps().get(1);
        create(second, "New Child", "Step", "Done");
        TreeDriver.select(tree, compare);
        UiThread.run(() -> PropertyRows.choose("Kind", "Decision"));
        Dialogs.answer(PropertyRows.dialogOf("Next"), "Next", dialog -> check(dialog, "Pay online", "Call us"), "OK");
        create(pay, "New Child", "Pain Point", "Card declined");
        create(call, "New Child", "Pain Point", "Long wait");
        create((JourneyModel) journey.eContainer(), "New Child", "Opportunity", "One-click pay");
        Dialogs.answer(PropertyRows.dialogOf("Addresses"), "Addresses", dialog -> check(dialog, "Card declined"), "OK");
        String[][] lanes = {{"Show the amount", "Frontstage"}, {"Check the card", "Backstage"},
            {"Settle with the bank", "Support process"}};
        for (String[] lane : lanes) {
            create(pay, "New Child", "Support Action", lane[0]);
            UiThread.run(() -> PropertyRows.choose("Lane", lane[1]));
        }
        UiThread.run(() -> Workbench.screenshot("end-to-end-tree"));
    }

    /** Selects an element, picks a menu entry that creates one, and names the new element in Properties. */
    private void create(Object on, String menu, String what, String name) {
        TreeDriver.select(tree, on);
        TreeDriver.choose(tree, menu, what);
        UiThread.run(() -> PropertyRows.type("Name", name));
        Object created = UiThread.call(() -> Workbench.selection(editor).get(0));
        assertEquals(name, ((NamedElement) created).getName(), what + " created and named");
    }

    private void refusesOutOfRangeValues(Journey journey) {
        Step pay = journey.getStages().get(1).getSteps().get(0);
        TreeDriver.select(tree, pay.getPainPoints().get(0));
        UiThread.run(() -> PropertyRows.type("Severity", "7"));
        assertEquals(3, pay.getPainPoints().get(0).getSeverity(), "a severity of 7 is refused");
        TreeDriver.select(tree, pay);
        UiThread.run(() -> PropertyRows.type("Emotion", "7"));
        assertFalse(pay.isSetEmotion(), "an emotion of 7 on the -2..+2 scale is refused");
        UiThread.run(() -> PropertyRows.type("Emotion", "-2"));
        assertEquals(-2, pay.getEmotion(), "one on the scale is taken");
    }

    private static void check(Shell dialog, String... labels) {
        Table table = Widgets.find(dialog, Table.class, candidate -> true, "the list of choices");
        for (TableItem item : table.getItems()) {
            for (String label : labels) {
                if (item.getText().contains(label)) {
                    item.setChecked(true);
                }
            }
        }
    }

    private static void checkSaved(Path path) throws Exception {
        JourneyResource resource = JourneyPersistence.load(path);
        JourneyModel saved = JourneyPersistence.modelOf(resource);
        assertEquals("Web", saved.getChannels().get(0).getName());
        Persona margaret = saved.getPersonas().get(1);
        assertEquals("Margaret", margaret.getName());
        assertEquals(List.of("Pay on time", "No late fees"), margaret.getGoals());
        assertEquals("I pay on the day the bill arrives.", margaret.getQuote());
        Journey journey = saved.getJourneys().get(0);
        assertEquals(List.of("Stage 1", "Pay"), journey.getStages().stream().map(Stage::getName).toList());
        List<Step> steps = StepFlow.steps(journey);
        assertEquals(List.of("Step 1", "Compare", "Pay online", "Call us", "Done"), steps.stream().map(Step::getName).toList());
        Step compare = steps.get(1);
        Step pay = steps.get(2);
        assertEquals(StepKind.DECISION, compare.getKind());
        assertEquals(List.of(pay, steps.get(3)), compare.getNext(), "two branches");
        assertEquals(StepKind.TOUCHPOINT, pay.getKind());
        assertEquals(saved.getChannels(), pay.getChannels());
        assertEquals("Card declined", pay.getPainPoints().get(0).getName());
        assertEquals("Long wait", steps.get(3).getPainPoints().get(0).getName());
        assertEquals(pay.getPainPoints(), saved.getOpportunities().get(0).getAddresses());
        assertEquals(List.of(BlueprintLane.FRONTSTAGE, BlueprintLane.BACKSTAGE, BlueprintLane.SUPPORT_PROCESS),
                pay.getSupportActions().stream().map(SupportAction::getLane).toList());
        assertEquals(-2, pay.getEmotion());
        assertEquals("Pay tomorrow", saved.getJourneys().get(1).getName());
        assertTrue(Files.readString(path.resolveSibling("blank.journeyrep")).contains("Journey Map – Pay tomorrow"),
                "the second journey's Journey Map is stored");
        assertEquals(List.of(), JourneyValidation.validate(resource).stream()
                .filter(finding -> finding.severity() == Severity.ERROR).toList(), "validation finds no error");
    }
}
