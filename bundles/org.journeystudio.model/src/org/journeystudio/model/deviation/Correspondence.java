package org.journeystudio.model.deviation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;

/**
 * Which baseline steps each step of a journey carries out. A step's {@code baselineStep}, when it
 * is a step of the baseline, is a {@link MatchMethod#LINK link}. A baseline step that no step
 * links to corresponds by {@link MatchMethod#NAME name} to the step of the same name in the stage
 * of the same name (names compared without surrounding blanks and case). So a step that links one
 * baseline step and has the name of another, unlinked one carries out both.
 */
final class Correspondence {

    private final Map<Step, List<Match>> matchesOfStep = new IdentityHashMap<>();
    private final Map<Step, List<Step>> stepsOfBaselineStep = new IdentityHashMap<>();

    Correspondence(StepOrder journey, StepOrder baseline) {
        Set<Step> linked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Step step : journey.steps()) {
            Step target = step.getBaselineStep();
            if (target != null && baseline.contains(target)) {
                add(step, new Match(target, MatchMethod.LINK));
                linked.add(target);
            }
        }
        Map<String, Step> byName = new HashMap<>();
        for (Step step : journey.steps()) {
            if (key(step) != null) {
                byName.putIfAbsent(key(step), step);
            }
        }
        for (Step candidate : baseline.steps()) {
            String key = key(candidate);
            Step step = linked.contains(candidate) || key == null ? null : byName.get(key);
            if (step != null) {
                add(step, new Match(candidate, MatchMethod.NAME));
            }
        }
    }

    private void add(Step step, Match match) {
        matchesOfStep.computeIfAbsent(step, s -> new ArrayList<>()).add(match);
        stepsOfBaselineStep.computeIfAbsent(match.baselineStep(), s -> new ArrayList<>()).add(step);
    }

    /** The baseline steps the step carries out, links first; empty for an added step. */
    List<Match> matches(Step step) {
        return matchesOfStep.getOrDefault(step, List.of());
    }

    /** The steps of the journey that carry out the baseline step; empty for a skipped one. */
    List<Step> counterparts(Step baselineStep) {
        return stepsOfBaselineStep.getOrDefault(baselineStep, List.of());
    }

    /** Stage name and step name, normalised; none for a step without a name (JM001), which matches nothing. */
    private static String key(Step step) {
        String name = normal(step.getName());
        if (name.isEmpty()) {
            return null;
        }
        return normal(((Stage) step.eContainer()).getName()) + "\u0000" + name;
    }

    static String normal(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
