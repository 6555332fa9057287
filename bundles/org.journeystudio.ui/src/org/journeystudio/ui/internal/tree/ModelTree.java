package org.journeystudio.ui.internal.tree;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.journeystudio.ui.internal.clipboard.ClipboardActions;

/**
 * Makes a tree viewer over a map the model tree: a context menu (New Child, New Sibling, the
 * clipboard entries, Delete and what others add), drag and drop to move and reorder, and the
 * selection linked both ways with the editor (the diagrams and tables report theirs to it).
 * Shift+F10 and the context-menu key open the menu, as in every SWT tree.
 */
public final class ModelTree {

    private final TreeViewer viewer;
    private final ClipboardActions actions;
    private final ISelectionChangedListener follower = this::editorSelected;
    private boolean following;

    private ModelTree(TreeViewer viewer, ClipboardActions actions) {
        this.viewer = viewer;
        this.actions = actions;
    }

    /**
     * @param actions the tree's clipboard actions (over the tree's selection)
     * @param more adds the entries of other features for the selected element (New Representation)
     * @param editorSelection the editor's selection, which the tree follows
     */
    public static ModelTree install(TreeViewer viewer, EditingDomain domain, ClipboardActions actions,
            BiConsumer<IMenuManager, EObject> more, ISelectionProvider editorSelection) {
        ModelTree tree = new ModelTree(viewer, actions);
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(new ModelTreeMenu(viewer, domain, actions, more, tree::select));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        viewer.getControl().addDisposeListener(event -> menu.dispose());
        ModelTreeDrop.install(viewer, domain, tree::select);
        viewer.addSelectionChangedListener(event -> actions.update());
        editorSelection.addSelectionChangedListener(tree.follower);
        viewer.getControl().addDisposeListener(event -> editorSelection.removeSelectionChangedListener(tree.follower));
        return tree;
    }

    /** Whether the tree is following the editor's selection now (so it does not send it back). */
    public boolean following() {
        return following;
    }

    /** Selects and shows elements (new, pasted or moved ones). */
    public void select(List<?> elements) {
        if (viewer.getControl().isDisposed() || elements.isEmpty()) {
            return;
        }
        viewer.refresh();
        viewer.setSelection(new StructuredSelection(elements), true);
    }

    private void editorSelected(SelectionChangedEvent event) {
        ISelection selection = event.getSelection();
        if (viewer.getControl().isDisposed() || !(selection instanceof IStructuredSelection structured)
                || structured.toList().equals(viewer.getStructuredSelection().toList())) {
            return;
        }
        List<?> elements = structured.toList().stream().filter(EObject.class::isInstance).toList();
        following = true;
        try {
            viewer.setSelection(new StructuredSelection(elements), true);
        } finally {
            following = false;
        }
        actions.update();
    }
}
