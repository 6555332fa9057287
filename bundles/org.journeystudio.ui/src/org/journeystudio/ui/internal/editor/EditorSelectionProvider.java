package org.journeystudio.ui.internal.editor;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The editor site's selection: whatever the active page reported last. The workbench's
 * selection service hands it to the Properties view and to other listeners.
 */
final class EditorSelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** The selection as a structured one (empty when it is another kind). */
    IStructuredSelection structured() {
        return selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY;
    }

    /**
     * Drops elements that left the model (deleted, or their creation undone), so that the
     * Properties view and the actions do not go on showing or working on them.
     */
    void dropRemoved() {
        List<?> elements = structured().toList();
        List<?> present = elements.stream().filter(element -> !(element instanceof EObject object) || object.eResource() != null)
                .toList();
        if (present.size() != elements.size()) {
            setSelection(new StructuredSelection(present));
        }
    }

    @Override
    public void setSelection(ISelection newSelection) {
        selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }
}
