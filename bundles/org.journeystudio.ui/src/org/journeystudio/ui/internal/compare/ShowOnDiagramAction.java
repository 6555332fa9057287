package org.journeystudio.ui.internal.compare;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;

/** "Show on Diagram": the differences drawn on the Journey Map of the right (newer) map, or no longer. */
final class ShowOnDiagramAction extends Action {

    private final CompareEditor editor;

    ShowOnDiagramAction(CompareEditor editor) {
        super("Show on Diagram", IAction.AS_CHECK_BOX);
        this.editor = editor;
        setId("org.journeystudio.ui.compare.showOnDiagram");
        setToolTipText("Draw the differences on the right map's Journey Map: added green, changed amber, deleted red");
    }

    @Override
    public void run() {
        editor.showOnDiagram(isChecked());
    }
}
