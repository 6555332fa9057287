package org.journeystudio.ui.internal.filesync;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/** The questions and messages an editor shows about its file on disk, worded as Eclipse's own editors word them. */
final class FileQuestions {

    /** Title of the question about a file changed on disk. */
    static final String CHANGED_TITLE = "File Changed";
    /** The question about a file changed on disk while the editor has unsaved changes. */
    static final String CHANGED = "The file has been changed on the file system. Replace the editor's contents with"
            + " these changes?";
    static final String DELETED_TITLE = "File Not Accessible";
    static final String CONFLICT_TITLE = "Update Conflict";
    static final String READ_ONLY_TITLE = "Save Failed";

    private FileQuestions() {
    }

    static boolean replaceWithChanges(Shell shell, Path file) {
        return MessageDialog.open(MessageDialog.QUESTION, shell, CHANGED_TITLE, CHANGED + "\n\n" + file, SWT.NONE);
    }

    /** True for Save, false for Close. */
    static boolean saveDeleted(Shell shell, Path file) {
        MessageDialog dialog = new MessageDialog(shell, DELETED_TITLE, null, "The file " + file
                + " has been deleted from the file system. Do you want to save your changes or close the editor"
                + " without saving?", MessageDialog.QUESTION, 0, "Save",
                IDialogConstants.CLOSE_LABEL);
        return dialog.open() == 0;
    }

    static boolean overwriteNewer(Shell shell, Path file) {
        return MessageDialog.open(MessageDialog.QUESTION, shell, CONFLICT_TITLE, "The file " + file
                + " has been changed on the file system. Do you want to overwrite the changes made on the file system?",
                SWT.NONE);
    }

    static void readOnly(Shell shell, Path file) {
        MessageDialog.openError(shell, READ_ONLY_TITLE, "The file " + file + " is read-only, so it was not saved."
                + " Your changes are still in the editor: make the file writable and save again, or use"
                + " File > Save As... to save them to another file.");
    }
}
