package org.journeystudio.ui.internal.compare;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.journeystudio.model.compare.Difference;
import org.journeystudio.ui.internal.compare.MapComparison.Direction;

/** "Copy Left to Right" or "Copy Right to Left": the selected difference taken over to the other side. */
final class CopyAction extends Action {

    private final Direction direction;
    private final Supplier<Difference> selected;
    private final CompareEditor editor;

    CopyAction(Direction direction, Supplier<Difference> selected, CompareEditor editor) {
        super(direction == Direction.LEFT_TO_RIGHT ? "Copy Left to Right" : "Copy Right to Left");
        this.direction = direction;
        this.selected = selected;
        this.editor = editor;
        setId(direction == Direction.LEFT_TO_RIGHT ? "org.journeystudio.ui.compare.copyLeftToRight"
                : "org.journeystudio.ui.compare.copyRightToLeft");
        setToolTipText(direction == Direction.LEFT_TO_RIGHT
                ? "Make the right map like the left one for the selected difference"
                : "Make the left map like the right one for the selected difference");
        update();
    }

    /** Enabled for a selected difference whose target side can be changed. */
    void update() {
        setEnabled(selected.get() != null && editor.comparison().canCopy(direction));
    }

    @Override
    public void run() {
        Difference difference = selected.get();
        if (difference != null && editor.comparison().canCopy(direction)) {
            editor.copy(difference, direction);
        }
    }
}
