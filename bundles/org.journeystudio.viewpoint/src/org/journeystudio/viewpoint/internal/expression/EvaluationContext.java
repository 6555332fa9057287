package org.journeystudio.viewpoint.internal.expression;

import org.apache.commons.jexl3.JexlContext;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.ServiceRegistry;

/** The variables of one evaluation plus the service namespaces, as JEXL wants them. */
public final class EvaluationContext implements JexlContext, JexlContext.NamespaceResolver {

    private final Bindings variables;
    private final ServiceRegistry services;

    public EvaluationContext(Bindings variables, ServiceRegistry services) {
        this.variables = variables;
        this.services = services;
    }

    @Override
    public Object get(String name) {
        return variables.get(name);
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("expressions do not assign variables");
    }

    @Override
    public boolean has(String name) {
        return variables.has(name);
    }

    @Override
    public Object resolveNamespace(String name) {
        return services.lookup(name);
    }
}
