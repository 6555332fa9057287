package org.journeystudio.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.commands.ICommandService;
import org.journeystudio.ui.internal.editor.JourneyEditor;
import org.journeystudio.ui.tests.UiThread;
import org.journeystudio.viewpoint.session.RepresentationFiles;
import org.junit.jupiter.api.Test;

/** Issue 14, scenario 6: File > Save As and File > Revert work; a save over a read-only file is refused, losing nothing. */
class SaveAsRevertTest {

    private static final String STEP = "Compare the amount with last quarter";

    @Test
    void saveAsWritesAnotherMapWithItsRepresentationsAndTheEditorFollows() throws Exception {
        IFile file = UiThread.call(() -> Workbench.newMap("SaveAs", "invoice-payment"));
        String original = Files.readString(Disk.path(file));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        UiThread.run(() -> Editors.renameInProperties(editor, Workbench.step(editor, STEP), "Compare with the copy"));
        UiThread.run(() -> {
            Workbench.page().activate(editor);
            assertTrue(enabled("org.eclipse.ui.file.saveAs"), "File > Save As is offered");
        });
        Dialogs.executeLater("org.eclipse.ui.file.saveAs");
        Shell dialog = Dialogs.waitFor("Save As");
        UiThread.run(() -> {
            Text name = Widgets.find(dialog, Text.class, text -> text.getText().equals("invoice-payment.journey"),
                    "the file name");
            name.setText("copy.journey");
            Workbench.screenshot("saveas-6-dialog");
        });
        Dialogs.answer(dialog, "OK");
        Widgets.waitFor("the editor on the copy", () -> "copy.journey".equals(editor.getPartName()));
        Path copy = Disk.path(file).resolveSibling("copy.journey");
        assertTrue(Files.readString(copy).contains("Compare with the copy"), "the copy has the edit");
        assertTrue(Files.exists(RepresentationFiles.beside(copy)), "and its representations");
        assertEquals(original, Files.readString(Disk.path(file)), "the original map is as it was");
        UiThread.run(() -> {
            assertFalse(editor.isDirty());
            Workbench.screenshot("saveas-6-saved-as-copy");
            Workbench.page().closeEditor(editor, false);
        });
    }

    @Test
    void revertDropsTheUnsavedChanges() {
        IFile file = UiThread.call(() -> Workbench.newMap("Revert", "invoice-payment"));
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        UiThread.run(() -> Editors.renameInProperties(editor, Workbench.step(editor, STEP), "An edit to revert"));
        UiThread.run(() -> {
            Workbench.page().activate(editor);
            assertTrue(editor.isDirty());
            assertTrue(enabled("org.eclipse.ui.file.revert"), "File > Revert is offered for a dirty editor");
            Workbench.execute("org.eclipse.ui.file.revert");
        });
        UiThread.settle(500);
        UiThread.run(() -> {
            assertFalse(editor.isDirty(), "reverted");
            assertTrue(Editors.hasStep(editor, STEP), "the map is as it is on disk");
            assertFalse(Editors.hasStep(editor, "An edit to revert"));
            assertFalse(enabled("org.eclipse.ui.file.revert"), "nothing left to revert");
            Workbench.screenshot("revert-6-reverted");
            Workbench.page().closeEditor(editor, false);
        });
    }

    @Test
    void savingOverAReadOnlyFileSaysSoAndKeepsTheChanges() throws Exception {
        IFile file = UiThread.call(() -> Workbench.newMap("ReadOnly", "invoice-payment"));
        Path path = Disk.path(file);
        String before = Files.readString(path);
        JourneyEditor editor = UiThread.call(() -> {
            Workbench.sizeWindow();
            return Workbench.open(file);
        });
        UiThread.settle(300);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r--r--r--"));
        try {
            UiThread.run(() -> {
                Editors.renameInProperties(editor, Workbench.step(editor, STEP), "An edit kept in the editor");
                Workbench.page().activate(editor);
            });
            Dialogs.executeLater("org.eclipse.ui.file.save");
            Shell message = Dialogs.waitFor("Save Failed");
            UiThread.run(() -> {
                assertTrue(Dialogs.message(message).contains("is read-only, so it was not saved"), Dialogs.message(message));
                Workbench.screenshot("save-read-only-refused");
            });
            Dialogs.answer(message, "OK");
            assertEquals(before, Files.readString(path), "the read-only file is untouched");
            UiThread.run(() -> {
                assertTrue(editor.isDirty(), "the changes are still in the editor");
                assertTrue(Editors.hasStep(editor, "An edit kept in the editor"));
            });
        } finally {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        }
        UiThread.run(() -> Workbench.page().closeEditor(editor, false));
    }

    private static boolean enabled(String commandId) {
        Command command = Workbench.window().getService(ICommandService.class).getCommand(commandId);
        return command.isDefined() && command.isEnabled();
    }
}
