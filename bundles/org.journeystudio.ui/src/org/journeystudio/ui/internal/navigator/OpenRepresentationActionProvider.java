package org.journeystudio.ui.internal.navigator;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.journeystudio.ui.internal.editor.JourneyEditor;

/** Opening a representation in the Project Explorer opens its map on that representation's page. */
public final class OpenRepresentationActionProvider extends CommonActionProvider {

    @Override
    public void fillActionBars(IActionBars actionBars) {
        if (getContext() != null && getContext().getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof RepresentationEntry entry) {
            actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, new Action("Open") {
                @Override
                public void run() {
                    open(entry);
                }
            });
        }
    }

    private void open(RepresentationEntry entry) {
        if (!(getActionSite().getViewSite() instanceof ICommonViewerWorkbenchSite site)) {
            return;
        }
        IWorkbenchPage page = site.getPage();
        try {
            IEditorPart editor = IDE.openEditor(page, entry.map(), JourneyEditor.ID, true);
            if (editor instanceof JourneyEditor journeyEditor) {
                journeyEditor.showPage(entry.name());
            }
        } catch (PartInitException e) {
            page.getWorkbenchWindow().getShell().getDisplay().beep();
        }
    }
}
