package org.journeystudio.ui.internal.navigator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/** A map's representations in the Project Explorer keep their order in the file, which is the editor's page order. */
public final class RepresentationOrder extends ViewerComparator {

    @Override
    public int compare(Viewer viewer, Object first, Object second) {
        return 0; // the sort is stable: equal elements keep the content provider's order
    }
}
