package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.internal.properties.JourneyPropertySheetPage;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/** A step edited in the Properties view: undo and redo from the workbench, save, close and reopen. */
class PropertyEditingTest {

    private static final String STEP = "Receive the paper invoice by post";
    private static final String RENAMED = "Receive the invoice on paper";

    @Test
    void propertyChangesGoThroughTheCommandStackAndSurviveSaveAndReopen() throws IOException {
        IFile file = UiThread.call(() -> Workbench.newMap("Properties", "invoice-payment"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            JourneyEditor opened = Workbench.open(file);
            showPropertiesView();
            Workbench.page().activate(opened);
            opened.reveal(Workbench.step(opened, STEP));
            return opened;
        });
        UiThread.settle(300);
        Step step = UiThread.call(() -> Workbench.step(editor, STEP));
        String id = Workbench.id(step);
        UiThread.run(() -> {
            assertInstanceOf(JourneyPropertySheetPage.class, PropertyRows.page(), "the editor's own property page");
            assertEquals(STEP, PropertyRows.value("Name"));
            PropertyRows.type("Name", RENAMED);
        });
        UiThread.settle(300);
        assertEquals(RENAMED, step.getName(), "the Properties view renamed the step");
        assertTrue(UiThread.call(editor::isDirty), "an edit makes the editor dirty");
        assertEquals("&Undo Set Name", UiThread.call(() -> undoAction(editor).getText()));
        UiThread.run(() -> Workbench.screenshot("properties-renamed-step"));

        UiThread.run(() -> Workbench.execute("org.eclipse.ui.edit.undo"));
        assertEquals(STEP, step.getName(), "Edit > Undo gives the old name back");
        assertFalse(UiThread.call(editor::isDirty), "undone to the saved state: not dirty");
        assertEquals(STEP, UiThread.call(() -> PropertyRows.value("Name")), "the Properties view follows undo");
        UiThread.run(() -> {
            Workbench.page().activate(Workbench.page().findView(IPageLayout.ID_PROP_SHEET));
            Workbench.execute("org.eclipse.ui.edit.redo");
        });
        assertEquals(RENAMED, step.getName(), "Edit > Redo, with the Properties view active, renames it again");
        UiThread.run(() -> Workbench.page().activate(editor));

        UiThread.run(() -> PropertyRows.type("Emotion", "lots"));
        assertEquals(0, step.getEmotion(), "a value that is not a number is not applied");
        UiThread.run(() -> PropertyRows.type("Emotion", "2"));
        assertEquals(2, step.getEmotion(), "a whole number is applied");
        assertEquals("2 (delighted)", UiThread.call(() -> PropertyRows.value("Emotion")), "shown with the scale's word");
        assertEquals("&Undo Set Emotion", UiThread.call(() -> undoAction(editor).getText()));

        saveCloseAndReopen(file, editor, id);
    }

    private static void saveCloseAndReopen(IFile file, JourneyEditor editor, String id) throws IOException {
        UiThread.run(() -> Workbench.execute("org.eclipse.ui.file.save"));
        assertFalse(UiThread.call(editor::isDirty), "saved");
        Path journey = Path.of(file.getLocationURI());
        assertTrue(Files.readString(journey).contains(RENAMED), "the new name is in the file");
        assertTrue(Files.isRegularFile(journey.resolveSibling("invoice-payment.journeyrep")),
                "the representation file is written with the map");

        JourneyEditor reopened = UiThread.call(() -> {
            Workbench.page().closeEditor(editor, false);
            return Workbench.open(file);
        });
        Step again = UiThread.call(() -> (Step) reopened.context().session().semanticResource().getEObject(id));
        assertEquals(RENAMED, again.getName(), "the name is kept after reopening");
        assertEquals(2, again.getEmotion(), "the emotion is kept after reopening");
        UiThread.run(() -> reopened.reveal(again));
        UiThread.settle(300);
        UiThread.run(() -> {
            assertEquals(RENAMED, PropertyRows.value("Name"), "the Properties view shows the reopened step");
            Workbench.screenshot("properties-reopened");
            Workbench.page().closeEditor(reopened, false);
        });
    }

    private static IAction undoAction(JourneyEditor editor) {
        return editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
    }

    static void showPropertiesView() {
        try {
            Workbench.page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }
}
