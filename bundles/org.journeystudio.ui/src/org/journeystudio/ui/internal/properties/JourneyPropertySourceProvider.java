package org.journeystudio.ui.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor.PropertyValueWrapper;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources for the Properties view over the edit bundle's item property sources.
 * A property's value arrives wrapped by EMF; its source only unwraps it, so that a
 * referenced element is shown by its label rather than expanded into its own properties.
 */
public final class JourneyPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactoryEditingDomain domain;

    public JourneyPropertySourceProvider(AdapterFactoryEditingDomain domain) {
        this.domain = domain;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof PropertyValueWrapper wrapper) {
            return new PropertyValueSource(wrapper.getEditableValue(object));
        }
        if (object instanceof EObject element) {
            Object adapter = domain.getAdapterFactory().adapt(element, IItemPropertySource.class);
            if (adapter instanceof IItemPropertySource itemSource) {
                return new JourneyPropertySource(element, itemSource, domain);
            }
        }
        return null;
    }
}
