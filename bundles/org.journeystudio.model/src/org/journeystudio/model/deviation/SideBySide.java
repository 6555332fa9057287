package org.journeystudio.model.deviation;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.StepFlow;

/**
 * A deviation drawn as two rows, the baseline's steps above the journey's, each row in its own
 * document order: a kept, merged or split step shares a column with its baseline steps; a moved
 * step and its baseline step each stand in their own row's order (in two columns, so the line
 * between them crosses); a skipped baseline step stands after the baseline step before it.
 */
public final class SideBySide {

    /**
     * One column: the journey's step (or none) and the baseline steps above it.
     *
     * @param step          the journey's step, {@code null} in a column of the baseline only
     * @param baselineSteps the baseline steps of the column (none under an added step, or a split's later parts)
     * @param kind          the kind of the row the column shows
     */
    public record Column(Step step, List<Step> baselineSteps, DeviationKind kind) {

        /** The element that stands for the column: its step, else its first baseline step. */
        public Step key() {
            return step != null ? step : baselineSteps.get(0);
        }
    }

    private SideBySide() {
    }

    /** The columns of the deviation, left to right. */
    public static List<Column> of(JourneyDeviation deviation) {
        List<Column> columns = new ArrayList<>();
        List<Step> placed = new ArrayList<>();
        List<Step> apart = new ArrayList<>();
        for (StepDeviation row : deviation.rows()) {
            if (row.kind() == DeviationKind.SKIPPED || row.kind() == DeviationKind.MOVED) {
                apart.addAll(row.baselineSteps());
            }
            if (row.step() == null) {
                continue;
            }
            List<Step> above = new ArrayList<>();
            if (row.kind() != DeviationKind.MOVED) {
                row.baselineSteps().stream().filter(s -> !placed.contains(s)).forEach(above::add);
                placed.addAll(above);
            }
            columns.add(new Column(row.step(), List.copyOf(above), row.kind()));
        }
        AfterPredecessor.insert(columns, StepFlow.steps(deviation.baseline()), apart::contains, Column::baselineSteps,
                step -> new Column(null, List.of(step), deviation.kindOfBaselineStep(step)));
        return columns;
    }
}
