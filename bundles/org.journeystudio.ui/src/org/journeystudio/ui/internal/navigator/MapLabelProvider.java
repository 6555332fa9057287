package org.journeystudio.ui.internal.navigator;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Labels of representations in the Project Explorer: "Journey Map", or "Checkout pains (Pain Points)" when named otherwise. */
public final class MapLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof RepresentationEntry entry) {
            return entry.name().equals(entry.description()) ? entry.name() : entry.name() + " (" + entry.description() + ")";
        }
        return null;
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof RepresentationEntry
                ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT) : null;
    }
}
