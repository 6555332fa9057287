package org.journeystudio.table.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.journeystudio.model.edit.labels.JourneyLabels;
import org.journeystudio.model.journey.JourneyPackage;

/**
 * Shows enumeration cells (and the entries of their combo boxes) in the words the Properties view
 * uses ({@code In progress} for IN_PROGRESS), from the edit bundle's labels; the cells keep the
 * literal names, so sorting, CSV export and edits are unchanged.
 */
final class EnumWords extends DisplayConverter {

    private final Map<String, String> words = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    EnumWords() {
        for (EClassifier classifier : JourneyPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum enumeration) {
                for (EEnumLiteral literal : enumeration.getELiterals()) {
                    String word = JourneyLabels.label(literal.getInstance());
                    words.put(literal.getName(), word);
                    names.put(word, literal.getName());
                }
            }
        }
    }

    @Override
    public Object canonicalToDisplayValue(Object canonicalValue) {
        return canonicalValue == null ? "" : words.getOrDefault(canonicalValue.toString(), canonicalValue.toString());
    }

    @Override
    public Object displayToCanonicalValue(Object displayValue) {
        return displayValue == null ? null : names.getOrDefault(displayValue.toString(), displayValue.toString());
    }
}
