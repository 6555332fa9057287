package org.journeystudio.viewpoint.internal.expression;

import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.introspection.JexlMethod;
import org.eclipse.emf.ecore.EObject;

/**
 * The only Java methods an expression may call on a model element. Everything else about an
 * element is reached through its features, which are recorded; {@code eContainer()} is recorded
 * as a container read; the class of an element never changes, so {@code eClass()} records nothing.
 */
enum EObjectMethod implements JexlMethod {

    CONTAINER("eContainer") {
        @Override
        Object apply(EObject element) {
            EvaluationScope.current().readContainer(element);
            return element.eContainer();
        }
    },

    CLASS("eClass") {
        @Override
        Object apply(EObject element) {
            return element.eClass();
        }
    };

    private final String methodName;

    EObjectMethod(String methodName) {
        this.methodName = methodName;
    }

    abstract Object apply(EObject element);

    /** The method of that name without arguments, {@code null} when expressions may not call it. */
    static EObjectMethod resolve(String name, Object... arguments) {
        if (arguments != null && arguments.length > 0) {
            return null;
        }
        for (EObjectMethod method : values()) {
            if (method.methodName.equals(name)) {
                return method;
            }
        }
        return null;
    }

    @Override
    public Object invoke(Object object, Object... arguments) {
        return apply((EObject) object);
    }

    @Override
    public Object tryInvoke(String name, Object object, Object... arguments) {
        if (object instanceof EObject element && methodName.equals(name) && (arguments == null || arguments.length == 0)) {
            return apply(element);
        }
        return JexlEngine.TRY_FAILED;
    }

    @Override
    public boolean tryFailed(Object result) {
        return result == JexlEngine.TRY_FAILED;
    }

    @Override
    public boolean isCacheable() {
        return true;
    }

    @Override
    public Class<?> getReturnType() {
        return EObject.class;
    }
}
