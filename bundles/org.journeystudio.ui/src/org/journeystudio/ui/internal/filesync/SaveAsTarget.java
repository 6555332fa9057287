package org.journeystudio.ui.internal.filesync;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.journeystudio.model.persistence.JourneyPersistence;

/**
 * Where File > Save As puts a map: a workspace map is saved to a workspace file chosen in Eclipse's
 * Save As dialog, a map from outside the workspace to a file chosen in the system's file dialog
 * (which may lie inside the workspace too). The representations go beside the new file.
 *
 * @param input the editor's new input
 * @param map   the new {@code .journey} file
 * @param file  the same as a workspace file, or null when it lies outside the workspace
 */
public record SaveAsTarget(IEditorInput input, Path map, IFile file) {

    /** Asks the user; null when the dialog is cancelled. */
    public static SaveAsTarget ask(Shell shell, IEditorInput current) {
        if (current instanceof IFileEditorInput fileInput) {
            SaveAsDialog dialog = new SaveAsDialog(shell);
            dialog.setOriginalFile(fileInput.getFile());
            dialog.setTitle("Save Map As");
            if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
                return null;
            }
            return inWorkspace(ResourcesPlugin.getWorkspace().getRoot().getFile(withExtension(dialog.getResult())));
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Map As");
        dialog.setFilterExtensions(new String[] {"*." + JourneyPersistence.FILE_EXTENSION});
        dialog.setOverwrite(true);
        dialog.setFileName(current.getName());
        String chosen = dialog.open();
        return chosen == null ? null : of(Path.of(chosen));
    }

    /** The target for a file on the local file system: a workspace file when the workspace holds it. */
    public static SaveAsTarget of(Path chosen) {
        Path map = chosen.getFileName().toString().endsWith("." + JourneyPersistence.FILE_EXTENSION) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + "." + JourneyPersistence.FILE_EXTENSION);
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(map.toAbsolutePath()));
        if (file != null) {
            return inWorkspace(file);
        }
        return new SaveAsTarget(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(map.toUri())), map, null);
    }

    private static SaveAsTarget inWorkspace(IFile file) {
        return new SaveAsTarget(new FileEditorInput(file), file.getLocation().toPath(), file);
    }

    private static IPath withExtension(IPath path) {
        return JourneyPersistence.FILE_EXTENSION.equals(path.getFileExtension()) ? path
                : path.addFileExtension(JourneyPersistence.FILE_EXTENSION);
    }
}
