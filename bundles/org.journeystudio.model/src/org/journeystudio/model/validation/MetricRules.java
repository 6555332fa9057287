package org.journeystudio.model.validation;

import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricValue;

/** JM006: metric values within their metric's range, and metrics with a range at all. */
final class MetricRules {

    private MetricRules() {
    }

    static void check(Metric metric, Findings findings) {
        if (!hasRange(metric)) {
            findings.report(Rule.JM006, metric, Labels.subject(metric) + " has minimum " + Labels.number(metric.getMin())
                    + " not below its maximum " + Labels.number(metric.getMax()));
        }
    }

    static void check(MetricValue value, Findings findings) {
        Metric metric = value.getMetric();
        // Without a metric (or with an unresolved one, JM008) there is no range; a metric
        // without a valid range is reported once, on the metric, not on each of its values.
        if (metric == null || metric.eIsProxy() || !hasRange(metric)) {
            return;
        }
        if (value.isSetTarget()) {
            checkValue(value, metric, "Target", value.getTarget(), findings);
        }
        if (value.isSetActual()) {
            checkValue(value, metric, "Actual value", value.getActual(), findings);
        }
    }

    // Written so that NaN bounds count as no range.
    private static boolean hasRange(Metric metric) {
        return metric.getMin() < metric.getMax();
    }

    private static void checkValue(MetricValue value, Metric metric, String what, double number, Findings findings) {
        if (!(number >= metric.getMin() && number <= metric.getMax())) {
            findings.report(Rule.JM006, value, what + " " + Labels.number(number) + " of " + Labels.object(metric)
                    + " lies outside its range " + Labels.number(metric.getMin()) + ".."
                    + Labels.number(metric.getMax()));
        }
    }
}
