package org.journeystudio.table.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * What a reference cell may point to: the choices the element's item property descriptor
 * offers (the same the Properties view offers), shown by name as the cells show them. Labels are made
 * unique ({@code Web}, {@code Web (2)}) so that the text a combo box returns names one choice.
 */
public final class Choices {

    /** The entry of a single reference that clears it. */
    public static final String NONE = "(none)";

    private final AdapterFactory adapterFactory;
    private final AdapterFactoryItemDelegator labels;

    public Choices(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        this.labels = new AdapterFactoryItemDelegator(adapterFactory);
    }

    /** The choices of a reference by unique label, in the descriptor's order (null choices left out). */
    public Map<String, EObject> of(EObject element, EStructuralFeature feature) {
        Map<String, EObject> byLabel = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Object choice : values(element, feature)) {
            if (choice instanceof EObject object) {
                String text = label(object);
                int count = seen.merge(text, 1, Integer::sum);
                byLabel.put(count == 1 ? text : text + " (" + count + ")", object);
            }
        }
        return byLabel;
    }

    /** The entries of a single-reference combo box: {@link #NONE} first. */
    public List<String> entries(EObject element, EStructuralFeature feature) {
        List<String> entries = new ArrayList<>();
        entries.add(NONE);
        entries.addAll(of(element, feature).keySet());
        return entries;
    }

    /** The choice an entry names; null for {@link #NONE} or an unknown entry. */
    public EObject resolve(EObject element, EStructuralFeature feature, String entry) {
        return entry == null || NONE.equals(entry) ? null : of(element, feature).get(entry);
    }

    /** An element's name, as table cells show references; its item label when it has no name. */
    public String label(Object object) {
        if (object instanceof EObject element
                && element.eClass().getEStructuralFeature("name") instanceof EAttribute name
                && element.eGet(name) instanceof String text && !text.isBlank()) {
            return text;
        }
        String text = labels.getText(object);
        return text == null || text.isBlank() ? String.valueOf(object) : text;
    }

    private Collection<?> values(EObject element, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(element, IItemPropertySource.class);
        if (source != null) {
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
                if (descriptor.getFeature(element) == feature) {
                    Collection<?> choices = descriptor.getChoiceOfValues(element);
                    return choices == null ? List.of() : choices;
                }
            }
        }
        return List.of();
    }
}
