package org.journeystudio.ui.internal.properties;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;

/**
 * The properties of one model element, as its item provider describes them. Every change is
 * a {@link SetCommand} on the editor's command stack, labelled "Set <property>", so that it
 * can be undone from the Edit menu.
 */
public final class JourneyPropertySource implements IPropertySource2 {

    private final EObject element;
    private final IItemPropertySource itemSource;
    private final EditingDomain domain;

    public JourneyPropertySource(EObject element, IItemPropertySource itemSource, EditingDomain domain) {
        this.element = element;
        this.itemSource = itemSource;
        this.domain = domain;
    }

    @Override
    public Object getEditableValue() {
        return element;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(element);
        return descriptors.stream().map(descriptor -> new JourneyPropertyDescriptor(element, descriptor))
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null) {
            return null;
        }
        EStructuralFeature feature = feature(descriptor);
        if (feature != null && feature.isUnsettable() && !element.eIsSet(feature)) {
            return ""; // an unset value (e.g. an emotion not assessed) shows as blank, not as a misleading 0
        }
        return descriptor.getPropertyValue(element);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(element);
    }

    @Override
    public boolean isPropertyResettable(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.canSetProperty(element);
    }

    @Override
    public void resetPropertyValue(Object id) {
        set(id, SetCommand.UNSET_VALUE);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        set(id, value);
    }

    private void set(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        EStructuralFeature feature = descriptor == null ? null : feature(descriptor);
        if (feature == null || !descriptor.canSetProperty(element) || unchanged(feature, value)) {
            return;
        }
        String label = "Set " + descriptor.getDisplayName(element);
        Command command = new CommandWrapper(label, label, SetCommand.create(domain, element, feature, value));
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private boolean unchanged(EStructuralFeature feature, Object value) {
        if (value == SetCommand.UNSET_VALUE) {
            return feature.isUnsettable() && !element.eIsSet(feature);
        }
        return Objects.equals(element.eGet(feature), value) && (element.eIsSet(feature) || !feature.isUnsettable());
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(element, id);
    }

    private EStructuralFeature feature(IItemPropertyDescriptor descriptor) {
        return descriptor.getFeature(element) instanceof EStructuralFeature feature ? feature : null;
    }
}
