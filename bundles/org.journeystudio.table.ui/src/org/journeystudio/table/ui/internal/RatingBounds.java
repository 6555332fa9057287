package org.journeystudio.table.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage.Literals;

/**
 * The range an integer feature must stay in, as the validation rules put it: severity, impact
 * and effort 1..5 (JM005), a step's emotion within the model's emotion scale (JM004). A table
 * refuses a value outside it instead of writing an error into the model.
 */
public record RatingBounds(int min, int max) {

    static final RatingBounds RATING = new RatingBounds(1, 5);

    /** The bounds of a feature of an element, or null when the feature is not bounded. */
    public static RatingBounds of(EObject element, EStructuralFeature feature) {
        if (feature == Literals.PAIN_POINT__SEVERITY || feature == Literals.OPPORTUNITY__IMPACT
                || feature == Literals.OPPORTUNITY__EFFORT) {
            return RATING;
        }
        if (feature == Literals.STEP__EMOTION && EcoreUtil.getRootContainer(element) instanceof JourneyModel model) {
            EmotionScale scale = model.getEmotionScale();
            return scale == null ? null : new RatingBounds(scale.getMin(), scale.getMax());
        }
        return null;
    }

    public boolean contains(long value) {
        return value >= min && value <= max;
    }
}
