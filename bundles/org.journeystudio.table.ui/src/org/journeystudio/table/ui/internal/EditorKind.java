package org.journeystudio.table.ui.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Which in-place editor a cell gets, from the type of the feature it edits. */
public enum EditorKind {
    TEXT, INTEGER, DECIMAL, ENUM, BOOLEAN, REFERENCE, REFERENCES,
    /** Text handed to the direct-edit tool of an edition-table column. */
    TOOL,
    /** A cross-table cell whose intersection has a tool: a click runs it. */
    TOGGLE,
    NONE;

    /** The config label NatTable registers this kind's editor under. */
    public String label() {
        return "journey.edit." + name();
    }

    /** The editor of a feature: NONE for what a table cannot edit (containments, many-valued attributes). */
    public static EditorKind of(EStructuralFeature feature) {
        if (feature == null || !feature.isChangeable()) {
            return NONE;
        }
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                return NONE;
            }
            return reference.isMany() ? REFERENCES : REFERENCE;
        }
        if (feature.isMany()) {
            return NONE;
        }
        return ofType(((EAttribute) feature).getEAttributeType());
    }

    private static EditorKind ofType(EClassifier type) {
        if (type instanceof EEnum) {
            return ENUM;
        }
        Class<?> javaClass = type.getInstanceClass();
        if (javaClass == boolean.class || javaClass == Boolean.class) {
            return BOOLEAN;
        }
        if (javaClass == int.class || javaClass == Integer.class || javaClass == long.class || javaClass == Long.class
                || javaClass == short.class || javaClass == Short.class) {
            return INTEGER;
        }
        if (javaClass == double.class || javaClass == Double.class || javaClass == float.class
                || javaClass == Float.class) {
            return DECIMAL;
        }
        return javaClass == String.class ? TEXT : NONE;
    }
}
