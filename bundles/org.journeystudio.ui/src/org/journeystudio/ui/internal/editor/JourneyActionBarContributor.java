package org.journeystudio.ui.internal.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Gives the active journey editor's Undo and Redo to the workbench's Edit menu. */
public final class JourneyActionBarContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof JourneyEditor editor) {
            editor.installUndoRedo(getActionBars());
        }
    }
}
