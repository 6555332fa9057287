package org.journeystudio.viewpoint.expression;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.jexl3.JexlScript;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.viewpoint.internal.expression.EvaluationContext;
import org.journeystudio.viewpoint.internal.expression.EvaluationScope;
import org.journeystudio.viewpoint.internal.expression.ExpressionErrors;
import org.journeystudio.viewpoint.internal.expression.FeatureValues;

/**
 * A compiled viewpoint expression. Immutable and thread-safe: one compiled expression serves
 * every evaluation of its text, from any thread.
 */
public final class Expression {

    /** A variable, or a variable and one feature: the commonest expressions, read without the interpreter. */
    private static final Pattern PATH = Pattern.compile("\\s*([A-Za-z_]\\w*)(?:\\.([A-Za-z_]\\w*))?\\s*");
    private static final Set<String> WORDS = Set.of("true", "false", "null", "empty", "size", "not", "and", "or",
            "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "new", "var", "function", "return", "if", "else", "for",
            "while", "do", "break", "continue", "let", "const");

    private final String source;
    private final JexlScript script;
    private final ServiceRegistry services;
    private final String variable;
    private final String feature;

    Expression(String source, JexlScript script, ServiceRegistry services) {
        this.source = source;
        this.script = script;
        this.services = services;
        Matcher path = PATH.matcher(source);
        boolean simple = path.matches() && !WORDS.contains(path.group(1));
        this.variable = simple ? path.group(1) : null;
        this.feature = simple ? path.group(2) : null;
    }

    /** The text the expression was compiled from. */
    public String source() {
        return source;
    }

    /**
     * Evaluates the expression.
     *
     * @param bindings the variables ({@code self}, ...)
     * @param recorder receives every model read of this evaluation
     * @return the value, which {@link Results} converts to what the caller needs
     * @throws ExpressionException when the evaluation fails (undefined variable, unknown feature,
     *     navigation through null, a failing service, a forbidden call)
     */
    public Object evaluate(Bindings bindings, ReadRecorder recorder) {
        if (variable != null && bindings.has(variable)) {
            Object value = bindings.get(variable);
            if (feature == null) {
                return value;
            }
            EStructuralFeature read = value instanceof EObject object ? object.eClass().getEStructuralFeature(feature) : null;
            if (read != null) {
                // Exactly what the interpreter's property access does (FeatureGet), minus the interpreter.
                recorder.read((EObject) value, read);
                return FeatureValues.value((EObject) value, read);
            }
        }
        ReadRecorder previous = EvaluationScope.enter(recorder);
        try {
            return script.execute(new EvaluationContext(bindings, services));
        } catch (RuntimeException e) {
            throw e instanceof ExpressionException known ? known : ExpressionErrors.evaluation(source, e);
        } finally {
            EvaluationScope.restore(previous);
        }
    }

    /** The variables used, each with the property path read from it ({@code [self, persona, name]}). */
    Set<List<String>> variablePaths() {
        return script.getVariables();
    }

    @Override
    public String toString() {
        return source;
    }
}
