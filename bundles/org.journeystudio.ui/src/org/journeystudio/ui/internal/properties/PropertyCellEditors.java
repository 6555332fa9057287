package org.journeystudio.ui.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;
import org.journeystudio.model.query.ValueRange;

/**
 * The cell editor for a property, by the kind of its feature: a picker among the choices the
 * descriptor offers (references, enumerations, booleans), a list picker for many references,
 * a validated text for numbers and other data types, one line per value for many strings.
 */
final class PropertyCellEditors {

    private PropertyCellEditors() {
    }

    static CellEditor create(Composite parent, EObject element, EStructuralFeature feature,
            IItemPropertyDescriptor descriptor) {
        IItemLabelProvider labels = descriptor.getLabelProvider(element);
        Collection<?> offered = descriptor.getChoiceOfValues(element);
        if (feature.isMany()) {
            if (offered != null) {
                return new ReferencesCellEditor(parent, descriptor.getDisplayName(element), List.copyOf(offered), labels);
            }
            return feature instanceof EAttribute attribute ? new LinesCellEditor(parent, attribute) : null;
        }
        if (offered != null || feature.getEType() instanceof EEnum) {
            return new ChoiceCellEditor(parent, choices(feature, offered), labels);
        }
        if (isBoolean(feature)) {
            return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), labels);
        }
        return new DataTypeCellEditor(parent, (EDataType) feature.getEType(), feature.isUnsettable(),
                descriptor.getDisplayName(element), ValueRange.of(element, feature));
    }

    private static List<Object> choices(EStructuralFeature feature, Collection<?> offered) {
        List<Object> choices = new ArrayList<>();
        if (offered != null) {
            choices.addAll(offered);
        } else {
            ((EEnum) feature.getEType()).getELiterals().forEach(literal -> choices.add(literal.getInstance()));
        }
        if (!feature.isRequired() && !(feature.getEType() instanceof EEnum) && !choices.contains(null)) {
            choices.add(0, null); // an optional reference can be cleared
        }
        return choices;
    }

    private static boolean isBoolean(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type == boolean.class || type == Boolean.class;
    }
}
