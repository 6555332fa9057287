package org.journeystudio.ui.internal.startup;

import java.io.File;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.journeystudio.ui.internal.editor.JourneyEditor;

/**
 * Opens the maps named on the command line once the workbench is up. The launcher
 * script passes them as the system property {@value #PROPERTY} (a path-separated
 * list), because the native launcher's "open file" protocol is not available.
 */
public class OpenRequestedMaps implements IStartup {

    /** System property with the files to open. */
    public static final String PROPERTY = "journey.open";

    /** Whether maps were named on the command line. */
    public static boolean anyRequested() {
        String requested = System.getProperty(PROPERTY);
        return requested != null && !requested.isBlank();
    }

    @Override
    public void earlyStartup() {
        if (!anyRequested()) {
            return;
        }
        String requested = System.getProperty(PROPERTY);
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> openAll(workbench, requested.split(File.pathSeparator)));
    }

    private static void openAll(IWorkbench workbench, String[] paths) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        for (String path : paths) {
            File file = new File(path.trim());
            if (!file.isFile()) {
                continue;
            }
            IFileStore store = EFS.getLocalFileSystem().getStore(file.toURI());
            try {
                IDE.openEditor(page, store.toURI(), JourneyEditor.ID, true);
            } catch (PartInitException e) {
                window.getShell().getDisplay().beep();
            }
        }
    }
}
