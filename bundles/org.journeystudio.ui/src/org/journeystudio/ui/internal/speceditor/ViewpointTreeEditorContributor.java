package org.journeystudio.ui.internal.speceditor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Gives the active viewpoint tree editor's Undo, Redo and Edit actions to the workbench's Edit menu. */
public final class ViewpointTreeEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof ViewpointTreeEditor editor) {
            editor.installActions(getActionBars());
        }
    }
}
