package org.journeystudio.model.query;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage.Literals;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricValue;

/**
 * The range a number feature must stay in, as the validation rules put it: severity, impact and
 * effort 1..5 (JM005), a step's emotion within the model's emotion scale (JM004), a metric value's
 * target and actual within its metric's min..max (JM006). Editors (tables, Properties) ask this
 * query so that they refuse a value the rules would report, instead of writing an error into the model.
 *
 * @param min the smallest allowed value
 * @param max the largest allowed value
 */
public record ValueRange(double min, double max) {

    /** Severity, impact and effort. */
    public static final ValueRange RATING = new ValueRange(1, 5);

    /** The range of a feature of an element, empty when the feature is not bounded (or its bounds are not valid). */
    public static Optional<ValueRange> of(EObject element, EStructuralFeature feature) {
        if (feature == Literals.PAIN_POINT__SEVERITY || feature == Literals.OPPORTUNITY__IMPACT
                || feature == Literals.OPPORTUNITY__EFFORT) {
            return Optional.of(RATING);
        }
        if (feature == Literals.STEP__EMOTION && EcoreUtil.getRootContainer(element) instanceof JourneyModel model) {
            EmotionScale scale = model.getEmotionScale();
            return scale == null || scale.getMin() >= scale.getMax() ? Optional.empty()
                    : Optional.of(new ValueRange(scale.getMin(), scale.getMax()));
        }
        if ((feature == Literals.METRIC_VALUE__TARGET || feature == Literals.METRIC_VALUE__ACTUAL)
                && element instanceof MetricValue value) {
            Metric metric = value.getMetric();
            // Written so that NaN bounds count as no range, as rule JM006 counts them.
            return metric == null || metric.eIsProxy() || !(metric.getMin() < metric.getMax()) ? Optional.empty()
                    : Optional.of(new ValueRange(metric.getMin(), metric.getMax()));
        }
        return Optional.empty();
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** Why a value is refused: "Severity must be between 1 and 5; 7 is not". */
    public String refusal(String what, String value) {
        return what + " must be between " + number(min) + " and " + number(max) + "; " + value + " is not";
    }

    /** A bound as a person writes it: 5 rather than 5.0, 0.25 rather than 2.5E-1. */
    static String number(double value) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
