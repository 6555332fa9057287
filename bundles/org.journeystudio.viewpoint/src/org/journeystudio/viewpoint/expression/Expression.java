package org.journeystudio.viewpoint.expression;

import java.util.List;
import java.util.Set;

import org.apache.commons.jexl3.JexlScript;
import org.journeystudio.viewpoint.internal.expression.EvaluationContext;
import org.journeystudio.viewpoint.internal.expression.EvaluationScope;
import org.journeystudio.viewpoint.internal.expression.ExpressionErrors;

/**
 * A compiled viewpoint expression. Immutable and thread-safe: one compiled expression serves
 * every evaluation of its text, from any thread.
 */
public final class Expression {

    private final String source;
    private final JexlScript script;
    private final ServiceRegistry services;

    Expression(String source, JexlScript script, ServiceRegistry services) {
        this.source = source;
        this.script = script;
        this.services = services;
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
