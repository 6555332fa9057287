package org.journeystudio.ui.internal.properties;

import java.util.function.Consumer;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties view's page for a journey editor: properties from the edit bundle, changes
 * through the editor's command stack, and the editor's Undo and Redo while the view is active.
 */
public final class JourneyPropertySheetPage extends PropertySheetPage {

    private final Consumer<IActionBars> undoRedo;

    public JourneyPropertySheetPage(AdapterFactoryEditingDomain domain, Consumer<IActionBars> undoRedo) {
        this.undoRedo = undoRedo;
        setPropertySourceProvider(new JourneyPropertySourceProvider(domain));
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        undoRedo.accept(actionBars);
    }
}
