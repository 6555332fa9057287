package org.journeystudio.viewpoint.internal.expression;

import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * {@code object.feature} on a model element: the feature's value through {@code eGet}, reported
 * to the running evaluation's recorder. JEXL caches one per expression node and retries it on
 * later evaluations; it only applies to elements of the class it was resolved for.
 */
final class FeatureGet implements JexlPropertyGet {

    private final EClass eClass;
    private final EStructuralFeature feature;

    private FeatureGet(EClass eClass, EStructuralFeature feature) {
        this.eClass = eClass;
        this.feature = feature;
    }

    /** The read of the named feature of the object's class, {@code null} when it has none. */
    static FeatureGet resolve(EObject object, Object identifier) {
        if (!(identifier instanceof String name)) {
            return null;
        }
        EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
        return feature == null ? null : new FeatureGet(object.eClass(), feature);
    }

    @Override
    public Object invoke(Object object) {
        EObject element = (EObject) object;
        EvaluationScope.current().read(element, feature);
        return FeatureValues.value(element, feature);
    }

    @Override
    public Object tryInvoke(Object object, Object identifier) {
        if (object instanceof EObject element && element.eClass() == eClass && feature.getName().equals(identifier)) {
            return invoke(element);
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
}
