package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.expression.ExpressionException;
import org.journeystudio.viewpoint.expression.ReadRecorder;
import org.journeystudio.viewpoint.expression.Results;
import org.journeystudio.viewpoint.spec.ExpressionFeatures;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecPaths;

/**
 * Evaluates the expressions of a specification element. A failing expression yields null and is
 * reported once (as "element: attribute: message"), so one bad style never stops a refresh.
 */
public final class Evaluator {

    private static final int MAX_PROBLEMS = 100;

    private final Spec spec;
    private final Set<String> problems = new LinkedHashSet<>();

    public Evaluator(Spec spec) {
        this.spec = spec;
    }

    public Spec spec() {
        return spec;
    }

    /** Whether the attribute holds an expression. */
    public boolean has(EObject owner, EAttribute attribute) {
        return spec.expression(owner, attribute) != null;
    }

    /** The value of the attribute's expression, or null when there is none or it failed. */
    public Object value(EObject owner, EAttribute attribute, Bindings bindings, ReadRecorder reads) {
        Expression expression = spec.expression(owner, attribute);
        if (expression == null) {
            return null;
        }
        try {
            return expression.evaluate(bindings, reads);
        } catch (ExpressionException e) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(SpecPaths.of(owner) + ": " + attribute.getName() + ": " + e.getMessage());
            }
            return null;
        }
    }

    public boolean bool(EObject owner, EAttribute attribute, Bindings bindings, ReadRecorder reads, boolean otherwise) {
        return has(owner, attribute) ? Results.asBoolean(value(owner, attribute, bindings, reads)) : otherwise;
    }

    public String string(EObject owner, EAttribute attribute, Bindings bindings, ReadRecorder reads) {
        return Results.asString(value(owner, attribute, bindings, reads));
    }

    public List<EObject> objects(EObject owner, EAttribute attribute, Bindings bindings, ReadRecorder reads) {
        return new ArrayList<>(Results.asEObjects(value(owner, attribute, bindings, reads)));
    }

    /** The element an expression returns (the first, for a list), or null. */
    public EObject object(EObject owner, EAttribute attribute, Bindings bindings, ReadRecorder reads) {
        List<EObject> objects = Results.asEObjects(value(owner, attribute, bindings, reads));
        return objects.isEmpty() ? null : objects.get(0);
    }

    /** A colour attribute: its literal {@code #rrggbb}, or what its expression computes. */
    public String colour(EObject owner, EAttribute attribute, Bindings bindings, ReadRecorder reads) {
        Object literal = owner.eGet(attribute);
        if (literal instanceof String text && ExpressionFeatures.isFixedColour(text)) {
            return text;
        }
        Object value = value(owner, attribute, bindings, reads);
        return value == null ? (String) attribute.getDefaultValue() : value.toString();
    }

    /** An integer expression, or the fallback when it is empty or not a number. */
    public Integer integer(EObject owner, EAttribute attribute, Bindings bindings, ReadRecorder reads) {
        Object value = value(owner, attribute, bindings, reads);
        return value instanceof Number number ? Integer.valueOf(number.intValue()) : null;
    }

    /** Runtime problems met so far (bounded), for logs and the CLI's --debug. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
