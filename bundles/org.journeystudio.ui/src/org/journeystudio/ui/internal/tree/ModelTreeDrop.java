package org.journeystudio.ui.internal.tree;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drag and drop in the model tree: elements dragged onto an element go into it, dragged onto the
 * upper or lower edge of a row go before or after it (reorder), as EMF.Edit's
 * {@link DragAndDropCommand} decides for each containment of the metamodel. One command per drop.
 */
final class ModelTreeDrop extends DropTargetAdapter {

    private static final Transfer[] TRANSFERS = {LocalSelectionTransfer.getTransfer()};

    private final TreeViewer viewer;
    private final EditingDomain domain;
    private final Consumer<List<?>> select;
    private Command pending;

    private ModelTreeDrop(TreeViewer viewer, EditingDomain domain, Consumer<List<?>> select) {
        this.viewer = viewer;
        this.domain = domain;
        this.select = select;
    }

    /** Makes the viewer's rows draggable and a drop target. */
    static void install(TreeViewer viewer, EditingDomain domain, Consumer<List<?>> select) {
        viewer.addDragSupport(DND.DROP_MOVE, TRANSFERS, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                event.doit = !viewer.getSelection().isEmpty();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, TRANSFERS, new ModelTreeDrop(viewer, domain, select));
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        dragOver(event);
    }

    @Override
    public void dragOver(DropTargetEvent event) {
        pending = command(event);
        if (pending == null || !pending.canExecute()) {
            event.detail = DND.DROP_NONE;
            event.feedback = DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
            return;
        }
        event.detail = DND.DROP_MOVE;
        event.feedback = feedback(pending) | DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
    }

    @Override
    public void dragLeave(DropTargetEvent event) {
        pending = null;
    }

    @Override
    public void drop(DropTargetEvent event) {
        Command command = command(event);
        pending = null;
        if (command == null || !command.canExecute()) {
            event.detail = DND.DROP_NONE;
            return;
        }
        Collection<?> moved = dragged();
        domain.getCommandStack().execute(command);
        select.accept(List.copyOf(moved));
    }

    private Command command(DropTargetEvent event) {
        Collection<?> dragged = dragged();
        if (!(event.item instanceof TreeItem item) || dragged.isEmpty()) {
            return null;
        }
        return DragAndDropCommand.create(domain, item.getData(), location(item, event), DND.DROP_MOVE, DND.DROP_MOVE,
                dragged);
    }

    private static Collection<?> dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
                ? selection.toList() : List.of();
    }

    /** Where on the row the pointer is, from 0 (top edge) to 1 (bottom edge), as DragAndDropCommand expects. */
    private float location(TreeItem item, DropTargetEvent event) {
        Rectangle bounds = item.getBounds();
        Point point = viewer.getControl().toControl(event.x, event.y);
        return bounds.height == 0 ? 0.5f : (float) (point.y - bounds.y) / bounds.height;
    }

    private static int feedback(Command command) {
        if (!(command instanceof DragAndDropFeedback feedback)) {
            return DND.FEEDBACK_SELECT;
        }
        return switch (feedback.getFeedback()) {
            case DragAndDropFeedback.FEEDBACK_INSERT_BEFORE -> DND.FEEDBACK_INSERT_BEFORE;
            case DragAndDropFeedback.FEEDBACK_INSERT_AFTER -> DND.FEEDBACK_INSERT_AFTER;
            default -> DND.FEEDBACK_SELECT;
        };
    }
}
