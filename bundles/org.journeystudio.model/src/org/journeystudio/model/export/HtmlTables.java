package org.journeystudio.model.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Metric;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.query.ElementPaths;

/** The tables of the HTML report: pain points by severity, opportunities by value, metrics. */
final class HtmlTables {

    private HtmlTables() {
    }

    static void painPoints(StringBuilder html, JourneyModel model) {
        List<PainPoint> pains = all(model, PainPoint.class);
        if (pains.isEmpty()) {
            return;
        }
        pains.sort(Comparator.comparingInt(PainPoint::getSeverity).reversed());
        Map<PainPoint, List<Opportunity>> addressedBy = addressedBy(model);
        html.append("<section><h2>Pain points</h2><table><thead><tr><th>Severity</th><th>Pain point</th>")
                .append("<th>Where</th><th>Evidence</th><th>Addressed by</th></tr></thead><tbody>");
        for (PainPoint pain : pains) {
            html.append("<tr><td class=\"sev s").append(pain.getSeverity()).append("\">").append(pain.getSeverity())
                    .append("</td><td>").append(Html.esc(pain.getName())).append("</td><td>")
                    .append(Html.esc(ElementPaths.path(pain.eContainer()))).append("</td><td>")
                    .append(Html.esc(HtmlReport.names(pain.getEvidence()))).append("</td><td>")
                    .append(Html.esc(HtmlReport.names(addressedBy.getOrDefault(pain, List.of())))).append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    static void opportunities(StringBuilder html, JourneyModel model) {
        if (model.getOpportunities().isEmpty()) {
            return;
        }
        List<Opportunity> opportunities = new ArrayList<>(model.getOpportunities());
        // Highest value first: large impact for little effort.
        opportunities.sort(Comparator.comparingInt((Opportunity o) -> o.getImpact() - o.getEffort()).reversed());
        html.append("<section><h2>Opportunities</h2><table><thead><tr><th>Opportunity</th><th>Impact</th>")
                .append("<th>Effort</th><th>Status</th><th>Owner</th><th>Addresses</th></tr></thead><tbody>");
        for (Opportunity o : opportunities) {
            html.append("<tr><td>").append(Html.esc(o.getName())).append("</td><td>").append(o.getImpact())
                    .append("</td><td>").append(o.getEffort()).append("</td><td>").append(Html.human(o.getStatus()))
                    .append("</td><td>").append(HtmlReport.name(o.getOwner())).append("</td><td>")
                    .append(Html.esc(HtmlReport.names(o.getAddresses()))).append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    static void metrics(StringBuilder html, JourneyModel model) {
        if (model.getMetrics().isEmpty()) {
            return;
        }
        Map<Metric, List<MetricValue>> valuesByMetric = new IdentityHashMap<>();
        for (MetricValue value : all(model, MetricValue.class)) {
            valuesByMetric.computeIfAbsent(value.getMetric(), key -> new ArrayList<>()).add(value);
        }
        html.append("<section><h2>Metrics</h2><table><thead><tr><th>Metric</th><th>Kind</th><th>Range</th>")
                .append("<th>Measured at</th><th>Target</th><th>Actual</th></tr></thead><tbody>");
        for (Metric metric : model.getMetrics()) {
            String head = "<tr><td>" + Html.esc(metric.getName()) + "</td><td>" + Html.human(metric.getKind())
                    + "</td><td>" + Html.number(metric.getMin()) + " … " + Html.number(metric.getMax())
                    + (metric.getUnit() == null ? "" : " " + Html.esc(metric.getUnit())) + "</td>";
            List<MetricValue> own = valuesByMetric.getOrDefault(metric, List.of());
            if (own.isEmpty()) {
                html.append(head).append("<td colspan=\"3\">not measured</td></tr>");
            }
            for (MetricValue value : own) {
                html.append(head).append("<td>").append(Html.esc(ElementPaths.path(value.eContainer())))
                        .append("</td><td>").append(value.isSetTarget() ? Html.number(value.getTarget()) : "—")
                        .append("</td><td>").append(actual(value)).append("</td></tr>");
            }
        }
        html.append("</tbody></table></section>\n");
    }

    private static String actual(MetricValue value) {
        if (!value.isSetActual()) {
            return "—";
        }
        String text = Html.number(value.getActual());
        if (!value.isSetTarget()) {
            return text;
        }
        boolean met = value.getActual() >= value.getTarget() == higherIsBetter(value.getMetric());
        return "<span class=\"" + (met ? "met" : "missed") + "\">" + text + "</span>";
    }

    /** Churn rate and effort scores improve downwards; everything else upwards. */
    private static boolean higherIsBetter(Metric metric) {
        return switch (metric.getKind()) {
            case CHURN_RATE, CES -> false;
            default -> true;
        };
    }

    /** For each pain point, the opportunities addressing it, in document order: one pass, not one per pain point. */
    private static Map<PainPoint, List<Opportunity>> addressedBy(JourneyModel model) {
        Map<PainPoint, List<Opportunity>> result = new IdentityHashMap<>();
        for (Opportunity opportunity : model.getOpportunities()) {
            // addresses is a unique list, so each opportunity is added once per pain point.
            for (PainPoint pain : opportunity.getAddresses()) {
                result.computeIfAbsent(pain, key -> new ArrayList<>()).add(opportunity);
            }
        }
        return result;
    }

    private static <T> List<T> all(JourneyModel model, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next)) {
                found.add(type.cast(next));
            }
        }
        return found;
    }
}
