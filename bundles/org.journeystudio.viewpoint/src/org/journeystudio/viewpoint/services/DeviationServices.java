package org.journeystudio.viewpoint.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.journeystudio.model.deviation.DeviationAnalysis;
import org.journeystudio.model.deviation.DeviationKind;
import org.journeystudio.model.deviation.JourneyDeviation;
import org.journeystudio.model.deviation.PairWords;
import org.journeystudio.model.deviation.RowWords;
import org.journeystudio.model.deviation.SideBySide;
import org.journeystudio.model.deviation.StepDeviation;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.StepFlow;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.representation.Representation;

/**
 * The deviation analysis ({@link DeviationAnalysis}) for viewpoint expressions, namespace
 * {@value #NAMESPACE}: {@code deviation:columns(self)}, {@code deviation:kind(container, self)}.
 * The first argument names the journey compared with its baseline: the journey itself, or a
 * representation of it ({@code diagram}). Functions of a journey without a baseline give nothing.
 *
 * <p>Not marked {@code RecordsReads}: the analysis reads both journeys whole, so each result is
 * recorded as depending on anything, and any edit refreshes what these functions computed.
 */
public final class DeviationServices {

    public static final String NAMESPACE = "deviation";

    private DeviationServices() {
    }

    /** Registers these functions under {@value #NAMESPACE}. */
    public static ServiceRegistry registerIn(ServiceRegistry registry) {
        return registry.register(NAMESPACE, DeviationServices.class);
    }

    /** Whether the journey has a baseline to compare it with. */
    public static boolean hasBaseline(Object journey) {
        Journey resolved = journeyOf(journey);
        return resolved != null && DeviationAnalysis.hasBaseline(resolved);
    }

    /** "Planned vs actual", "Current vs future" or "Baseline vs journey". */
    public static String title(Object journey) {
        Journey resolved = journeyOf(journey);
        return resolved == null ? "" : PairWords.of(resolved).title();
    }

    /** The word for the baseline's side, capitalised: "Planned", "Current", "Baseline". */
    public static String before(Object journey) {
        Journey resolved = journeyOf(journey);
        return resolved == null ? "" : capital(PairWords.of(resolved).before());
    }

    /** The word for the journey's side, capitalised: "Actual", "Future", "Journey". */
    public static String after(Object journey) {
        Journey resolved = journeyOf(journey);
        return resolved == null ? "" : capital(PairWords.of(resolved).after());
    }

    /** The baseline's steps in document order. */
    public static List<Step> baselineSteps(Object journey) {
        Journey resolved = journeyOf(journey);
        return resolved == null || !DeviationAnalysis.hasBaseline(resolved) ? List.of()
                : StepFlow.steps(resolved.getBaseline());
    }

    /** The element of each column, left to right (see {@link SideBySide}). */
    public static List<Step> columns(Object journey) {
        List<Step> keys = new ArrayList<>();
        columnsOf(journey).forEach(column -> keys.add(column.key()));
        return keys;
    }

    /** The element of the column a step of the journey or of its baseline stands in; null for any other. */
    public static Step column(Object journey, Step step) {
        SideBySide.Column column = find(columnsOf(journey), step);
        return column == null ? null : column.key();
    }

    /** The kind of the step's column, e.g. "kept", "skipped"; empty for a step in none. */
    public static String kind(Object journey, Step step) {
        SideBySide.Column column = find(columnsOf(journey), step);
        return column == null ? "" : column.kind().word();
    }

    /** The heading of the step's column: its kind in words, with a channel switch if there is one. */
    public static String heading(Object journey, Step step) {
        String kind = kind(journey, step);
        return kind.isEmpty() ? "" : capital(kind) + (isChannelSwitch(journey, step) ? " · channel switch" : "");
    }

    /** Whether the step of the journey does through other channels what its baseline steps did. */
    public static boolean isChannelSwitch(Object journey, Step step) {
        StepDeviation row = rowOf(journey, step);
        return row != null && row.isChannelSwitch();
    }

    /** The channels a step of the journey switched, e.g. "Mail → Branch"; empty when it did not switch. */
    public static String channelSwitch(Object journey, Step step) {
        StepDeviation row = rowOf(journey, step);
        return row == null ? "" : RowWords.channelSwitch(row);
    }

    /** For a baseline step whose step moved: that step of the journey (the target of a crossing edge). */
    public static List<Step> movedTo(Object journey, Step baselineStep) {
        JourneyDeviation deviation = deviationOf(journey);
        if (deviation == null) {
            return List.of();
        }
        return deviation.rows().stream()
                .filter(row -> row.kind() == DeviationKind.MOVED && row.baselineSteps().contains(baselineStep))
                .map(StepDeviation::step).toList();
    }

    private static StepDeviation rowOf(Object journey, Step step) {
        JourneyDeviation deviation = deviationOf(journey);
        return deviation == null ? null : deviation.rowOf(step);
    }

    private static List<SideBySide.Column> columnsOf(Object journey) {
        JourneyDeviation deviation = deviationOf(journey);
        return deviation == null ? List.of() : SideBySide.of(deviation);
    }

    private static SideBySide.Column find(List<SideBySide.Column> columns, Step step) {
        for (SideBySide.Column column : columns) {
            if (column.step() == step || column.baselineSteps().contains(step)) {
                return column;
            }
        }
        return null;
    }

    private static JourneyDeviation deviationOf(Object journey) {
        Journey resolved = journeyOf(journey);
        return resolved == null || !DeviationAnalysis.hasBaseline(resolved) ? null : DeviationAnalysis.of(resolved);
    }

    private static Journey journeyOf(Object journey) {
        Object target = journey instanceof Representation representation ? representation.getTarget() : journey;
        return target instanceof Journey resolved ? resolved : null;
    }

    private static String capital(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
