package org.journeystudio.model.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;

/**
 * The flow of a journey (DESIGN §2 "Flow"): a step's successors are its {@code next} steps;
 * a step without {@code next} flows to the step after it in document order, across stage
 * boundaries. The journey's entry is its first step in document order, i.e. the first step
 * of the first stage that has steps, so that one empty leading stage does not cut off the
 * whole journey.
 */
public final class StepFlow {

    private StepFlow() {
    }

    /** All steps of the journey, stage by stage, in document order. */
    public static List<Step> steps(Journey journey) {
        List<Step> steps = new ArrayList<>();
        for (Stage stage : journey.getStages()) {
            steps.addAll(stage.getSteps());
        }
        return steps;
    }

    /** The step a journey starts with, empty when it has no step. */
    public static Optional<Step> entry(Journey journey) {
        for (Stage stage : journey.getStages()) {
            if (!stage.getSteps().isEmpty()) {
                return Optional.of(stage.getSteps().get(0));
            }
        }
        return Optional.empty();
    }

    /** The journey a step belongs to, or {@code null} for a step outside any journey. */
    public static Journey journeyOf(Step step) {
        for (EObject current = step.eContainer(); current != null; current = current.eContainer()) {
            if (current instanceof Journey journey) {
                return journey;
            }
        }
        return null;
    }

    /**
     * Where the flow goes after the step: its {@code next} steps as given (wherever they are),
     * else the following step in document order, else nothing at the journey's end.
     */
    public static List<Step> successors(Step step) {
        if (!step.getNext().isEmpty()) {
            return List.copyOf(step.getNext());
        }
        return following(step).map(List::of).orElse(List.of());
    }

    private static Optional<Step> following(Step step) {
        if (!(step.eContainer() instanceof Stage stage)) {
            return Optional.empty();
        }
        List<Step> siblings = stage.getSteps();
        int index = siblings.indexOf(step);
        if (index + 1 < siblings.size()) {
            return Optional.of(siblings.get(index + 1));
        }
        if (!(stage.eContainer() instanceof Journey journey)) {
            return Optional.empty();
        }
        List<Stage> stages = journey.getStages();
        for (int i = stages.indexOf(stage) + 1; i < stages.size(); i++) {
            if (!stages.get(i).getSteps().isEmpty()) {
                return Optional.of(stages.get(i).getSteps().get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The steps of the journey that the flow reaches from its entry, in the order they are
     * first reached. Only steps of this journey count: {@code next} steps elsewhere (which
     * rule JM007 reports) and unresolved ones are not followed. Runs in time linear in the
     * journey's steps and flow edges.
     */
    public static Set<Step> reachable(Journey journey) {
        List<Step> order = steps(journey);
        if (order.isEmpty()) {
            return Set.of();
        }
        Map<Step, Integer> position = new IdentityHashMap<>(order.size() * 2);
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        Set<Step> reached = new LinkedHashSet<>();
        Deque<Step> pending = new ArrayDeque<>();
        reached.add(order.get(0));
        pending.add(order.get(0));
        while (!pending.isEmpty()) {
            Step step = pending.poll();
            for (Step successor : successorsWithin(step, order, position)) {
                if (reached.add(successor)) {
                    pending.add(successor);
                }
            }
        }
        return Collections.unmodifiableSet(reached);
    }

    private static List<Step> successorsWithin(Step step, List<Step> order, Map<Step, Integer> position) {
        if (step.getNext().isEmpty()) {
            int next = position.get(step) + 1;
            return next < order.size() ? List.of(order.get(next)) : List.of();
        }
        List<Step> inside = new ArrayList<>(step.getNext().size());
        for (Step target : step.getNext()) {
            if (position.containsKey(target)) {
                inside.add(target);
            }
        }
        return inside;
    }
}
