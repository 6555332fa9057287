package org.journeystudio.benchmarks;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.journeystudio.render.Rect;
import org.journeystudio.render.diagram.DiagramImages;
import org.journeystudio.render.java2d.Java2dCanvas;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the diagram editor redraws per frame on a real journey map (DESIGN.md §8): the built-in
 * Journey Map of one journey of 1,000 or 10,000 steps (stages, steps with channels, emotion curve,
 * thoughts, pain points, opportunities, from a generated map), laid out and turned into a scene by
 * {@link DiagramImages} as the editor does, then a 1280 x 800 viewport drawn through the Canvas
 * interface. The editor's SWT canvas draws the same scene through the same interface; Java2D stands
 * in for it here because SWT needs a display. Target: 10k at most 1.5x 1k.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
public class JourneyMapDrawBenchmark {

    /** Steps of the one journey drawn (named like the card benchmark's parameter, so the growth report pairs them). */
    @Param({"1000", "10000"})
    public int cards;

    private Scene scene;
    private Graphics2D graphics;
    private Java2dCanvas canvas;
    private Rect viewport;

    @Setup(Level.Trial)
    public void buildScene() {
        Journey journey = journeyOf(cards);
        DiagramDescription map = (DiagramDescription) JourneyViewpoint.spec().description("journeyMap");
        scene = new DiagramImages(JourneyViewpoint.spec()).scene(journey, map);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB);
        graphics = image.createGraphics();
        canvas = new Java2dCanvas(graphics);
        // The editor opens a map at its top-left corner: the same place at both sizes.
        viewport = Rect.of(0, 0, 1280, 800);
        scene.draw(canvas, viewport);
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

    @TearDown(Level.Trial)
    public void dispose() {
        graphics.dispose();
    }

    /** One frame of the editor: the figures that meet the viewport, found through the scene's index. */
    @Benchmark
    public int viewportDraw() {
        return scene.draw(canvas, viewport);
    }
}
