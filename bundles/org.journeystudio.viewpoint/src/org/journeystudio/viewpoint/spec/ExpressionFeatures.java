package org.journeystudio.viewpoint.spec;

import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Which attributes of the specification metamodel hold expressions. Colours are the one
 * mixed case: {@code #rrggbb} is a fixed colour, anything else an expression computing one.
 */
public final class ExpressionFeatures {

    private static final Set<String> EXPRESSIONS = Set.of("semanticCandidates", "precondition", "predicate",
            "canEdit", "expression");
    private static final Set<String> COLOURS = Set.of("labelColor", "fillColor", "borderColor", "color",
            "background", "foreground");

    private ExpressionFeatures() {
    }

    /** Whether the attribute's value (when not empty) is an expression to compile. */
    public static boolean isExpression(EAttribute attribute, String value) {
        if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute.isMany()
                || value == null || value.isBlank()) {
            return false;
        }
        String name = attribute.getName();
        if (COLOURS.contains(name)) {
            return !isFixedColour(value);
        }
        return name.endsWith("Expression") || EXPRESSIONS.contains(name);
    }

    /** Whether a colour value is a literal {@code #rrggbb} (or {@code #rrggbbaa}). */
    public static boolean isFixedColour(String value) {
        return value.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");
    }
}
