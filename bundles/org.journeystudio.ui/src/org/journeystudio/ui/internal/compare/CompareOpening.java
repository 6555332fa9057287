package org.journeystudio.ui.internal.compare;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** What the compare commands share: opening the differences editor, and telling why not in one line. */
final class CompareOpening {

    private CompareOpening() {
    }

    static void open(ExecutionEvent event, MapComparison comparison) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        try {
            window.getActivePage().openEditor(new CompareInput(comparison), CompareEditor.ID);
        } catch (PartInitException e) {
            tell(event, "Compare", "The differences cannot be shown: " + e.getMessage());
        }
    }

    static void tell(ExecutionEvent event, String title, String message) {
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title, message);
    }
}
