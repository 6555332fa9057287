package org.journeystudio.viewpoint.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlInfo;
import org.eclipse.emf.ecore.EClass;
import org.journeystudio.viewpoint.internal.expression.ExpressionErrors;
import org.journeystudio.viewpoint.internal.expression.FunctionCheck;
import org.journeystudio.viewpoint.internal.expression.PathCheck;
import org.journeystudio.viewpoint.internal.expression.SandboxedJexl;

/**
 * Compiles viewpoint expressions: JEXL 3 over EMF models, sandboxed (expressions read the model
 * and call registered services, nothing else) and recording what each evaluation reads.
 * Each distinct text is parsed once; the engine is thread-safe.
 */
public final class ExpressionEngine {

    private final JexlEngine jexl;
    private final ServiceRegistry services;
    private final ConcurrentMap<String, Expression> compiled = new ConcurrentHashMap<>();

    public ExpressionEngine(ServiceRegistry services) {
        this.services = services;
        this.jexl = SandboxedJexl.create(services);
    }

    /** The services expressions of this engine can call. */
    public ServiceRegistry services() {
        return services;
    }

    /**
     * The compiled expression for the text: the same instance for the same text.
     *
     * @throws ExpressionException with a one-line message (and position) when the text does not
     *     parse or uses a construct expressions may not use
     */
    public Expression compile(String source) {
        if (source == null) {
            throw new ExpressionException(null, "no expression");
        }
        Expression known = compiled.get(source);
        return known != null ? known : compiled.computeIfAbsent(source, this::parse);
    }

    private Expression parse(String source) {
        try {
            return new Expression(source, jexl.createScript(new JexlInfo("expression", 1, 1), source), services);
        } catch (JexlException e) {
            throw ExpressionErrors.syntax(source, e);
        }
    }

    /**
     * Problems a specification validator can show before anything is evaluated: property paths
     * that do not exist in the metamodel ({@code "Journey has no feature 'stagez'"}), followed
     * through the types of the features ({@code self.persona.nam}), unknown variables, and calls of
     * functions a registered service lacks ({@code journey:noSuchFunction(self)}).
     *
     * @param variableTypes every variable the expression may use, with its type; {@code null}
     *     as type when the variable is known but its type is not
     * @return the problems in the order of the expression, empty when none
     */
    public List<String> check(Expression expression, Map<String, EClass> variableTypes) {
        List<String> problems = new ArrayList<>(PathCheck.problems(expression.variablePaths(), variableTypes));
        problems.addAll(FunctionCheck.problems(expression.source(), services));
        return problems;
    }
}
