package org.journeystudio.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.journeystudio.render.diagram.DiagramImages;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;

/**
 * What the diagram editor redraws per frame on a real journey map (DESIGN.md §8): the built-in
 * Journey Map of one journey of 1,000 or 10,000 steps (stages, steps with channels, emotion curve,
 * thoughts, pain points, opportunities, from a generated map), laid out and turned into a scene by
 * {@link DiagramImages} as the editor does, then a 1280 x 800 viewport drawn through the Canvas
 * interface. The editor's SWT canvas draws the same scene through the same interface; Java2D stands
 * in for it here because SWT needs a display. Target: 10k at most 1.5x 1k.
 */
public class JourneyMapDrawBenchmark extends ViewportBenchmark {

    @Override
    protected Scene buildScene(int steps) {
        Journey journey = journeyOf(steps);
        DiagramDescription map = (DiagramDescription) JourneyViewpoint.spec().description("journeyMap");
        return new DiagramImages(JourneyViewpoint.spec()).scene(journey, map);
    }

    /**
     * One journey of at least {@code steps} steps (whole stages, so up to a stage more): the stages
     * of a generated map's journeys gathered into its first journey, in document order.
     */
    static Journey journeyOf(int steps) {
        JourneyModel model = LargeMapGenerator.generate(Math.max(LargeMapGenerator.MIN_ELEMENTS, steps * 8),
                LargeMapGenerator.DEFAULT_SEED);
        Journey first = model.getJourneys().get(0);
        List<Stage> stages = new ArrayList<>();
        model.getJourneys().forEach(journey -> stages.addAll(journey.getStages()));
        int count = 0;
        for (Stage stage : stages) {
            if (count >= steps) {
                break;
            }
            if (stage.eContainer() != first) {
                first.getStages().add(stage);
            }
            count += stage.getSteps().size();
        }
        if (count < steps) {
            throw new IllegalStateException("the generated map has " + count + " steps, fewer than " + steps);
        }
        return first;
    }
}
