package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.viewpoint.expression.ReadRecorder;
import org.journeystudio.viewpoint.expression.Results;

/**
 * The text of a table cell or header: an enumeration literal is its name, a model element its
 * {@code name} (read through the recorder, so that renaming it refreshes the cell), a
 * many-valued result its elements' texts joined with ", ", nothing (or an unset feature) empty.
 */
final class CellText {

    private CellText() {
    }

    /** The text of a feature's value. */
    static String feature(EObject element, EStructuralFeature feature, ReadRecorder reads) {
        reads.read(element, feature);
        if (feature.isUnsettable() && !element.eIsSet(feature)) {
            return "";
        }
        return of(element.eGet(feature), reads);
    }

    /** The text of an expression result. */
    static String of(Object value, ReadRecorder reads) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return literal.getName();
        }
        if (value instanceof EObject element) {
            return name(element, reads);
        }
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            List<String> texts = new ArrayList<>();
            for (Object each : Results.asList(value)) {
                texts.add(of(each, reads));
            }
            return String.join(", ", texts);
        }
        return value.toString();
    }

    /** An element's name, or its class name when it has no name attribute. */
    static String name(EObject element, ReadRecorder reads) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        if (!(name instanceof EAttribute) || name.isMany()) {
            return element.eClass().getName();
        }
        reads.read(element, name);
        Object value = element.eGet(name);
        return value == null ? "" : value.toString();
    }
}
