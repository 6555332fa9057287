package org.journeystudio.ui.internal.compare;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** What a differences editor shows: a comparison of two maps. Not kept across restarts. */
final class CompareInput implements IEditorInput {

    private final MapComparison comparison;

    CompareInput(MapComparison comparison) {
        this.comparison = comparison;
    }

    MapComparison comparison() {
        return comparison;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return comparison.left().label() + " \u2194 " + comparison.right().label();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Differences from " + comparison.left().label() + " to " + comparison.right().file().getFullPath();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
