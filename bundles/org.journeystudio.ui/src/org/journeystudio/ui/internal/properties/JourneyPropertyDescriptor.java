package org.journeystudio.ui.internal.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** One property of an element as the Properties view sees it, over the item provider's descriptor. */
final class JourneyPropertyDescriptor implements IPropertyDescriptor {

    private final EObject element;
    private final IItemPropertyDescriptor descriptor;

    JourneyPropertyDescriptor(EObject element, IItemPropertyDescriptor descriptor) {
        this.element = element;
        this.descriptor = descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(element) || !(descriptor.getFeature(element) instanceof EStructuralFeature feature)) {
            return null;
        }
        return PropertyCellEditors.create(parent, element, feature, descriptor);
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(element);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(element);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(element);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(element);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(element);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = descriptor.getLabelProvider(element);
        Object feature = descriptor.getFeature(element);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                String text = labels.getText(value);
                return feature instanceof EStructuralFeature structural ? EmotionText.of(element, structural, value, text) : text;
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
