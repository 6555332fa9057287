package org.journeystudio.ui.internal.filesync;

import org.eclipse.jface.action.Action;

/** File > Revert: drops the unsaved changes and shows the map as it is on disk; enabled while there are any. */
public final class RevertAction extends Action {

    private final SyncedEditor editor;

    public RevertAction(SyncedEditor editor) {
        super("Revert");
        this.editor = editor;
        setEnabled(false);
    }

    /** After every change of the editor's dirty state. */
    public void update() {
        setEnabled(editor.isDirty());
    }

    @Override
    public void run() {
        if (editor.isDirty()) {
            editor.reloadFromDisk();
            update();
        }
    }
}
