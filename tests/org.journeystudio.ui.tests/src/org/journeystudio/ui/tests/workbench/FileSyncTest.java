package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IFileEditorInput;
import org.journeystudio.model.journey.Step;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, scenario 1: a map changed on disk (sed, git checkout) while it is open. A clean editor
 * reloads by itself and keeps its tab, selection and scroll position; a dirty one asks; a save never
 * overwrites the newer file without asking; a deleted map closes a clean editor; a renamed one is followed.
 */
class FileSyncTest {

    private static final String STAGE = "name=\"Reminder\"";
    private static final String STEP = "Compare the amount with last quarter";

    @Test
    void aCleanEditorReloadsAfterF5KeepingItsTabSelectionAndScrollPosition() {
        IFile file = UiThread.call(() -> Workbench.newMap("DiskClean", "invoice-payment"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(500);
        Step last = UiThread.call(() -> lastStep(editor));
        String lastId = UiThread.call(() -> Workbench.id(last));
        UiThread.run(() -> {
            editor.showPage("Journey Map");
            editor.reveal(last); // scrolls the map to its far end
        });
        UiThread.settle(500);
        int scroll = UiThread.call(() -> Editors.activeCanvas(editor).getHorizontalBar().getSelection());
        assertTrue(scroll > 0, "the map is scrolled to its last step");

        Disk.sed(Disk.path(file), STAGE, "name=\"Reminder (changed on disk)\"");
        UiThread.run(() -> Disk.refreshInProjectExplorer(file.getProject()));
        Widgets.waitFor("the editor to show the stage renamed on disk",
                () -> Editors.stage(editor, "Reminder (changed on disk)") != null);
        UiThread.settle(800);
        UiThread.run(() -> {
            assertFalse(editor.isDirty(), "a reload leaves the editor clean");
            assertEquals("Journey Map", Editors.activeTab(editor), "the active tab is kept");
            List<?> selection = Workbench.selection(editor);
            assertEquals(1, selection.size(), "the selection is kept");
            assertEquals(lastId, Workbench.id((Step) selection.get(0)));
            assertEquals(scroll, Editors.activeCanvas(editor).getHorizontalBar().getSelection(), "the scroll position is kept");
            Workbench.screenshot("filesync-1-clean-editor-reloaded");
            Workbench.page().closeEditor(editor, false);
        });
    }

    @Test
    void aDirtyEditorAsksAndItsSaveNeverOverwritesTheNewerFileSilently() throws Exception {
        IFile file = UiThread.call(() -> Workbench.newMap("DiskDirty", "invoice-payment"));
        Path path = Disk.path(file);
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(500);
        UiThread.run(() -> Editors.renameInProperties(editor, Workbench.step(editor, STEP), "Compare with last year"));
        assertTrue(UiThread.call(editor::isDirty), "the edit makes the editor dirty");

        Disk.sed(path, STAGE, "name=\"Reminder (from git pull)\"");
        UiThread.run(() -> Disk.refreshInProjectExplorer(file.getProject()));
        Shell question = Dialogs.waitFor("File Changed");
        UiThread.run(() -> {
            assertTrue(Dialogs.message(question).contains("The file has been changed on the file system. Replace the"
                    + " editor's contents with these changes?"), Dialogs.message(question));
            Workbench.screenshot("filesync-1-dirty-editor-asks");
        });
        Dialogs.answer(question, "No");
        UiThread.run(() -> {
            assertTrue(editor.isDirty(), "No keeps the user's changes");
            assertTrue(Editors.hasStep(editor, "Compare with last year"));
        });

        UiThread.run(() -> Workbench.page().activate(editor));
        Dialogs.executeLater("org.eclipse.ui.file.save");
        Shell conflict = Dialogs.waitFor("Update Conflict");
        UiThread.run(() -> Workbench.screenshot("filesync-1-save-asks-before-overwriting"));
        Dialogs.answer(conflict, "No");
        UiThread.settle(300);
        assertTrue(Files.readString(path).contains("Reminder (from git pull)"), "the newer file is not overwritten");
        assertTrue(UiThread.call(editor::isDirty), "nothing is lost: the changes are still in the editor");

        Dialogs.executeLater("org.eclipse.ui.file.save");
        Dialogs.answer(Dialogs.waitFor("Update Conflict"), "Yes");
        Widgets.waitFor("the save", () -> !editor.isDirty());
        assertTrue(Files.readString(path).contains("Compare with last year"), "Yes overwrites, as the user chose");

        Disk.sed(path, "Compare with last year", "Compare with last decade");
        UiThread.run(() -> Disk.refreshInProjectExplorer(file.getProject()));
        Widgets.waitFor("the clean editor to reload", () -> Editors.hasStep(editor, "Compare with last decade"));
        UiThread.run(() -> Workbench.page().closeEditor(editor, false));
    }

    @Test
    void aRenamedMapIsFollowedWithItsRepresentationsAndADeletedOneClosesItsCleanEditor() throws CoreException {
        IFile file = UiThread.call(() -> Workbench.newMap("DiskMove", "support-call"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        UiThread.run(() -> {
            Editors.renameInProperties(editor, Editors.stage(editor, "Seek help"), "Look for help");
            Workbench.execute("org.eclipse.ui.file.save"); // writes the .journeyrep too
        });
        IFile renamed = file.getParent().getFile(IPath.fromOSString("renamed.journey"));
        file.move(renamed.getFullPath(), true, null); // what Rename in the Project Explorer does
        Widgets.waitFor("the editor to follow the renamed map", () -> "renamed.journey".equals(editor.getPartName()));
        UiThread.settle(300);
        UiThread.run(() -> {
            assertEquals(renamed, ((IFileEditorInput) editor.getEditorInput()).getFile());
            assertTrue(renamed.getParent().getFile(IPath.fromOSString("renamed.journeyrep"))
                    .exists(), "the representations moved along");
            Workbench.screenshot("filesync-renamed-map-followed");
        });
        renamed.delete(true, null);
        Widgets.waitFor("the clean editor of the deleted map to close",
                () -> List.of(Workbench.page().getEditorReferences()).stream().noneMatch(ref -> ref.getPart(false) == editor));
    }

    private static Step lastStep(JourneyEditor editor) {
        var stages = editor.context().session().model().getJourneys().get(0).getStages();
        var steps = stages.get(stages.size() - 1).getSteps();
        return steps.get(steps.size() - 1);
    }
}
