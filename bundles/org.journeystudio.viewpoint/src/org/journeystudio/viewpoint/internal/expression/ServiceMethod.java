package org.journeystudio.viewpoint.internal.expression;

import org.apache.commons.jexl3.introspection.JexlMethod;

/**
 * A service function. A service that does not promise to report its reads (see
 * {@code RecordsReads}) may read anything, so each of its calls records a wildcard read.
 */
final class ServiceMethod implements JexlMethod {

    private final JexlMethod method;
    private final boolean recordsReads;

    ServiceMethod(JexlMethod method, boolean recordsReads) {
        this.method = method;
        this.recordsReads = recordsReads;
    }

    @Override
    public Object invoke(Object service, Object... arguments) throws Exception {
        recordUnknownReads();
        return method.invoke(service, arguments);
    }

    @Override
    public Object tryInvoke(String name, Object service, Object... arguments) {
        Object result = method.tryInvoke(name, service, arguments);
        if (!method.tryFailed(result)) {
            recordUnknownReads();
        }
        return result;
    }

    private void recordUnknownReads() {
        if (!recordsReads) {
            EvaluationScope.current().readAll();
        }
    }

    @Override
    public boolean tryFailed(Object result) {
        return method.tryFailed(result);
    }

    @Override
    public boolean isCacheable() {
        return method.isCacheable();
    }

    @Override
    public Class<?> getReturnType() {
        return method.getReturnType();
    }
}
