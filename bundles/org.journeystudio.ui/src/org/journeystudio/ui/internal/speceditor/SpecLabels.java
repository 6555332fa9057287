package org.journeystudio.ui.internal.speceditor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.journeystudio.ui.internal.outline.ItemLabelProvider;

/** The tree's labels: the item providers' text and icon, and the error icon on elements a problem marker is about. */
final class SpecLabels extends LabelProvider {

    private final ItemLabelProvider items;
    private final ProblemLines problems;

    SpecLabels(AdapterFactory adapterFactory, ProblemLines problems) {
        this.items = new ItemLabelProvider(adapterFactory);
        this.problems = problems;
    }

    @Override
    public String getText(Object element) {
        return items.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof EObject object && problems.of(object) != null) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        return items.getImage(element);
    }

    @Override
    public void dispose() {
        items.dispose();
        super.dispose();
    }
}
