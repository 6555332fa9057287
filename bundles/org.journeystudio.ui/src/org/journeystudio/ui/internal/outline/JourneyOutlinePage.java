package org.journeystudio.ui.internal.outline;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.journeystudio.viewpoint.session.Session;

/**
 * The Outline of a map: the model as a tree with the edit bundle's labels and icons.
 * Selecting an element reveals it in the editor's active page; the selection also reaches
 * the Properties view through the Outline view.
 */
public final class JourneyOutlinePage extends ContentOutlinePage {

    private final Session session;
    private final AdapterFactory adapterFactory;
    private final Consumer<EObject> reveal;

    public JourneyOutlinePage(Session session, AdapterFactory adapterFactory, Consumer<EObject> reveal) {
        this.session = session;
        this.adapterFactory = adapterFactory;
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ItemContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemLabelProvider(adapterFactory));
        viewer.setInput(session.semanticResource());
        viewer.expandToLevel(3);
        viewer.addSelectionChangedListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection selection
                    && selection.getFirstElement() instanceof EObject element) {
                reveal.accept(element);
            }
        });
    }

    /** Shows the model as it is now (after a command, or a reload from disk that replaced the resource). */
    public void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            if (viewer.getInput() != session.semanticResource()) {
                viewer.setInput(session.semanticResource());
            } else {
                viewer.refresh();
            }
        }
    }
}
