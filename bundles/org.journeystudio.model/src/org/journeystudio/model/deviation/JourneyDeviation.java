package org.journeystudio.model.deviation;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.StepFlow;

/** The result of {@link DeviationAnalysis#of(Journey)}: a journey against its baseline. */
public final class JourneyDeviation {

    private final Journey journey;
    private final Journey baseline;
    private final List<StepDeviation> rows;
    private final List<StageDeviation> stages;
    private final Map<Step, StepDeviation> rowOfStep = new IdentityHashMap<>();
    private final Map<Step, Integer> columnOfBaselineStep = new IdentityHashMap<>();

    JourneyDeviation(Journey journey, List<StepDeviation> rows, List<StageDeviation> stages) {
        this.journey = journey;
        this.baseline = journey.getBaseline();
        this.rows = List.copyOf(rows);
        this.stages = List.copyOf(stages);
        for (int i = 0; i < rows.size(); i++) {
            StepDeviation row = rows.get(i);
            if (row.step() != null) {
                rowOfStep.put(row.step(), row);
            }
            for (Step baselineStep : row.baselineSteps()) {
                columnOfBaselineStep.putIfAbsent(baselineStep, i);
            }
        }
    }

    public Journey journey() {
        return journey;
    }

    public Journey baseline() {
        return baseline;
    }

    /** Every step of the journey and every skipped baseline step, aligned (see {@link #column(Step)}). */
    public List<StepDeviation> rows() {
        return rows;
    }

    /** The journey's stages in order, then the baseline's stages the journey does not have. */
    public List<StageDeviation> stages() {
        return stages;
    }

    /** The row of a step of the journey, {@code null} for any other step. */
    public StepDeviation rowOf(Step step) {
        return rowOfStep.get(step);
    }

    /**
     * The place of a step in the alignment: a step of the journey at its row, a baseline step at
     * the first row that carries it out (or its own row when skipped); -1 for any other step.
     */
    public int column(Step step) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).step() == step) {
                return i;
            }
        }
        return columnOfBaselineStep.getOrDefault(step, -1);
    }

    /** The baseline step's own kind: skipped, merged or split into several, else that of its one step. */
    public DeviationKind kindOfBaselineStep(Step baselineStep) {
        int column = columnOfBaselineStep.getOrDefault(baselineStep, -1);
        return column < 0 ? null : rows.get(column).kind();
    }

    /** How many rows are of the kind. */
    public int count(DeviationKind kind) {
        return (int) rows.stream().filter(row -> row.kind() == kind).count();
    }

    /** All counts, every kind present (zero where none). */
    public Map<DeviationKind, Integer> counts() {
        Map<DeviationKind, Integer> counts = new EnumMap<>(DeviationKind.class);
        for (DeviationKind kind : DeviationKind.values()) {
            counts.put(kind, count(kind));
        }
        return counts;
    }

    /** How many correspondences were found by the method. */
    public int matchedBy(MatchMethod method) {
        return (int) rows.stream().flatMap(row -> row.matches().stream()).filter(m -> m.method() == method).count();
    }

    /** Rows whose channels switched. */
    public int channelSwitches() {
        return (int) rows.stream().filter(StepDeviation::isChannelSwitch).count();
    }

    public int stepsBefore() {
        return StepFlow.steps(baseline).size();
    }

    public int stepsAfter() {
        return StepFlow.steps(journey).size();
    }

    /** The mean assessed emotion of the baseline's steps. */
    public OptionalDouble meanEmotionBefore() {
        return RowFacts.meanEmotion(StepFlow.steps(baseline));
    }

    /** The mean assessed emotion of the journey's steps. */
    public OptionalDouble meanEmotionAfter() {
        return RowFacts.meanEmotion(StepFlow.steps(journey));
    }

    /** Mean emotion after minus before, when both journeys have an assessed step. */
    public OptionalDouble netEmotionChange() {
        OptionalDouble before = meanEmotionBefore();
        OptionalDouble after = meanEmotionAfter();
        if (before.isEmpty() || after.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(after.getAsDouble() - before.getAsDouble());
    }

    /** The rows with a moment of truth on either side. */
    public List<StepDeviation> momentsOfTruth() {
        return rows.stream().filter(StepDeviation::isMomentOfTruth).toList();
    }
}
