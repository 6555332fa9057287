package org.journeystudio.ui.internal.compare;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.journeystudio.ui.internal.editor.JourneyEditor;

/** Opens a map in the journey editor on its Journey Map, where the differences are drawn. */
final class DiagramOpening {

    /** The representation the differences are shown on first. */
    static final String JOURNEY_MAP = "Journey Map";

    private DiagramOpening() {
    }

    static void open(IWorkbenchPage page, IFile file) {
        try {
            IEditorPart editor = IDE.openEditor(page, file, JourneyEditor.ID, true);
            if (editor instanceof JourneyEditor journey) {
                journey.showPage(JOURNEY_MAP);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Show on Diagram",
                    file.getName() + " cannot be opened: " + e.getMessage());
        }
    }
}
