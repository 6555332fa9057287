package org.journeystudio.viewpoint.internal.expression;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** The value an expression sees for a feature. */
public final class FeatureValues {

    private FeatureValues() {
    }

    /**
     * The feature's value; {@code null} for an unsettable feature that is not set, because for
     * such features (e.g. a step's emotion) "not set" means "not assessed", not the default.
     */
    public static Object value(EObject object, EStructuralFeature feature) {
        if (feature.isUnsettable() && !object.eIsSet(feature)) {
            return null;
        }
        return object.eGet(feature);
    }
}
