package org.journeystudio.ui.internal.editor;

import java.util.Map;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPartSite;
import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.session.Session;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.tools.ToolRunner;

/**
 * What the journey editor hands to each of its pages; {@code runners} holds one tool runner per
 * specification other than the session's main one.
 */
record EditorContext(Session session, EditingDomain editingDomain, ToolRunner toolRunner, IWorkbenchPartSite site,
        EditorSelectionProvider selectionProvider, Map<Spec, ToolRunner> runners) implements JourneyEditorContext {

    @Override
    public void setSelection(ISelection selection) {
        selectionProvider.setSelection(selection);
    }

    @Override
    public ToolRunner toolRunner(Representation representation) {
        Spec spec = session.specOf(representation);
        if (spec == session.spec()) {
            return toolRunner;
        }
        return runners.computeIfAbsent(spec, key -> new ToolRunner(editingDomain, key));
    }
}
