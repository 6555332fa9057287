package org.journeystudio.viewpoint.tools;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.expression.ExpressionException;
import org.journeystudio.viewpoint.expression.ReadRecorder;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecPaths;

/**
 * Evaluates the expressions of tools and operations. Unlike a refresh, which shows what it can,
 * a tool stops at the first failing expression: the failure becomes a {@link ToolException}
 * naming the element and the attribute. Tools record no reads: nothing re-runs a tool.
 */
final class ToolExpressions {

    private final Spec spec;

    ToolExpressions(Spec spec) {
        this.spec = spec;
    }

    Spec spec() {
        return spec;
    }

    boolean has(EObject owner, EAttribute attribute) {
        return spec.expression(owner, attribute) != null;
    }

    /** The value of the attribute's expression, or null when it has none. */
    Object value(EObject owner, EAttribute attribute, Bindings scope) {
        Expression expression = spec.expression(owner, attribute);
        if (expression == null) {
            return null;
        }
        try {
            return expression.evaluate(scope, ReadRecorder.NONE);
        } catch (ExpressionException e) {
            throw new ToolException(at(owner) + attribute.getName() + ": " + e.getMessage(), e);
        }
    }

    /** The value of an expression the operation cannot do without. */
    Object required(EObject owner, EAttribute attribute, Bindings scope) {
        if (!has(owner, attribute)) {
            throw new ToolException(at(owner) + attribute.getName() + " is missing");
        }
        return value(owner, attribute, scope);
    }

    /** The prefix of an error about a specification element: its path. */
    static String at(EObject owner) {
        return SpecPaths.of(owner) + ": ";
    }
}
