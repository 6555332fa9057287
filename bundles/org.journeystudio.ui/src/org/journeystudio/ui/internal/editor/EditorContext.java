package org.journeystudio.ui.internal.editor;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPartSite;
import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.tools.ToolRunner;

/** What the journey editor hands to each of its pages. */
record EditorContext(Session session, EditingDomain editingDomain, ToolRunner toolRunner, IWorkbenchPartSite site,
        EditorSelectionProvider selectionProvider) implements JourneyEditorContext {

    @Override
    public void setSelection(ISelection selection) {
        selectionProvider.setSelection(selection);
    }
}
