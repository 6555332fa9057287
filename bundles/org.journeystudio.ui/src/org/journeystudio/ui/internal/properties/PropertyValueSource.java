package org.journeystudio.ui.internal.properties;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** The value of one property: editable as a whole, with no properties of its own. */
record PropertyValueSource(Object value) implements IPropertySource {

    private static final IPropertyDescriptor[] NONE = {};

    @Override
    public Object getEditableValue() {
        return value;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return NONE;
    }

    @Override
    public Object getPropertyValue(Object id) {
        return null;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // a plain value has no properties to reset
    }

    @Override
    public void setPropertyValue(Object id, Object newValue) {
        // a plain value has no properties to set
    }
}
