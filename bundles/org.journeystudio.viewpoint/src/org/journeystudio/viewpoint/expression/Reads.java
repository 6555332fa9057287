package org.journeystudio.viewpoint.expression;

import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.journeystudio.viewpoint.internal.expression.EvaluationScope;
import org.journeystudio.viewpoint.internal.expression.FeatureValues;

/**
 * Model access for services marked {@link RecordsReads}: each call reads like an expression
 * would and reports the read to the recorder of the running evaluation (none outside one).
 */
public final class Reads {

    private Reads() {
    }

    /** The value of the feature, {@code null} for an unsettable feature that is not set. */
    public static Object get(EObject object, EStructuralFeature feature) {
        EvaluationScope.current().read(object, feature);
        return FeatureValues.value(object, feature);
    }

    /** The values of a many-valued feature (a live, read-only view). */
    public static List<?> many(EObject object, EStructuralFeature feature) {
        if (!feature.isMany()) {
            throw new IllegalArgumentException(feature.getName() + " is not many-valued");
        }
        EvaluationScope.current().read(object, feature);
        return Collections.unmodifiableList((List<?>) object.eGet(feature));
    }

    /**
     * Records that the evaluation depends on which elements refer to {@code target} through the
     * one-way {@code reference} (a backward navigation the service computes itself): the
     * synchronizer reports a change of such a reference to the elements it gained or lost too.
     */
    public static void inverse(EObject target, EReference reference) {
        EvaluationScope.current().read(target, reference);
    }

    /** The container of the object. */
    public static EObject container(EObject object) {
        EvaluationScope.current().readContainer(object);
        return object.eContainer();
    }
}
