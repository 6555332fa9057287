package org.journeystudio.ui.internal.outline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.journeystudio.ui.internal.clipboard.ClipboardActions;
import org.journeystudio.ui.internal.tree.ModelTree;
import org.journeystudio.ui.internal.tree.TreeSupport;
import org.journeystudio.viewpoint.session.Session;

/**
 * The Outline of a map: the model as a tree with the edit bundle's labels and icons, and the
 * model tree's menus, drag and drop and Edit actions ({@link ModelTree}). Selecting an element
 * reveals it in the editor's active page; the selection also reaches the Properties view through
 * the Outline view. While the Outline is active, the editor's Undo and Redo stay available.
 */
public final class JourneyOutlinePage extends ContentOutlinePage {

    private final Session session;
    private final AdapterFactory adapterFactory;
    private final Consumer<EObject> reveal;
    private final TreeSupport support;
    private ModelTree tree;
    private OutlineChanges changes;

    public JourneyOutlinePage(Session session, AdapterFactory adapterFactory, Consumer<EObject> reveal,
            TreeSupport support) {
        this.session = session;
        this.adapterFactory = adapterFactory;
        this.reveal = reveal;
        this.support = support;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ItemContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemLabelProvider(adapterFactory));
        changes = new OutlineChanges(adapterFactory);
        viewer.setInput(session.semanticResource());
        viewer.expandToLevel(3);
        ClipboardActions actions = new ClipboardActions(support.domain(), viewer::getStructuredSelection,
                elements -> tree.select(elements), support.deleter());
        tree = ModelTree.install(viewer, support.domain(), actions, support.more(), support.editorSelection());
        viewer.addSelectionChangedListener(event -> {
            if (!tree.following() && event.getSelection() instanceof IStructuredSelection selection
                    && selection.size() == 1 && selection.getFirstElement() instanceof EObject element) {
                reveal.accept(element);
            }
        });
        IActionBars bars = getSite().getActionBars();
        support.editorActions().accept(bars);
        actions.install(bars, true);
    }

    /** Shows the model as it is now (after a command, or a reload from disk that replaced the resource). */
    public void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            if (viewer.getInput() != session.semanticResource()) {
                viewer.setInput(session.semanticResource());
                changes.clear();
            } else if (!sameRoots(viewer)) {
                viewer.refresh();
                changes.clear();
            } else {
                changes.apply(viewer);
            }
        }
    }

    /** Whether the tree's top rows still show the resource's roots (a reload in place gives new ones). */
    private boolean sameRoots(TreeViewer viewer) {
        TreeItem[] rows = viewer.getTree().getItems();
        List<EObject> roots = session.semanticResource().getContents();
        if (rows.length != roots.size()) {
            return false;
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].getData() != roots.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void dispose() {
        if (changes != null) {
            changes.dispose();
        }
        super.dispose();
    }
}
