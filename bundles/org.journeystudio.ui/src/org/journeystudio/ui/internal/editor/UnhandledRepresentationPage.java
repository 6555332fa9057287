package org.journeystudio.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.journeystudio.ui.editor.JourneyEditorContext;
import org.journeystudio.ui.editor.RepresentationPage;
import org.journeystudio.ui.internal.outline.ItemContentProvider;
import org.journeystudio.ui.internal.outline.ItemLabelProvider;
import org.journeystudio.viewpoint.representation.Representation;

/**
 * The page of a representation no installed editor handles. It says so, and shows the
 * representation's elements as a tree so that they can still be selected and edited in the
 * Properties view.
 */
final class UnhandledRepresentationPage implements RepresentationPage {

    private final Representation representation;
    private final String descriptionLabel;
    private final JourneyEditorContext context;
    private final AdapterFactory adapterFactory;
    private TreeViewer tree;

    UnhandledRepresentationPage(Representation representation, String descriptionLabel, JourneyEditorContext context,
            AdapterFactory adapterFactory) {
        this.representation = representation;
        this.descriptionLabel = descriptionLabel;
        this.context = context;
        this.adapterFactory = adapterFactory;
    }

    /** The sentence the page shows. */
    String message() {
        return "No editor for " + descriptionLabel + " representations is installed, so '" + representation.getName()
                + "' cannot be drawn here. Its elements are listed below; select one to edit it in the Properties view.";
    }

    @Override
    public Control createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(1, false));
        Label label = new Label(composite, SWT.WRAP);
        label.setText(message());
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
        tree = new TreeViewer(composite, SWT.MULTI | SWT.BORDER);
        tree.setContentProvider(new ItemContentProvider(adapterFactory));
        tree.setLabelProvider(new ItemLabelProvider(adapterFactory));
        tree.setInput(new Object[] {representation.getTarget()});
        tree.expandToLevel(2);
        tree.addSelectionChangedListener(event -> context.setSelection(event.getSelection()));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        return composite;
    }

    @Override
    public void refresh() {
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.refresh();
        }
    }

    @Override
    public void reveal(EObject element) {
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.setSelection(new StructuredSelection(element), true);
        }
    }

    @Override
    public void dispose() {
        tree = null;
    }
}
