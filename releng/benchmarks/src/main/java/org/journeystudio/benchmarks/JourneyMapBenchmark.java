package org.journeystudio.benchmarks;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.render.Rect;
import org.journeystudio.render.diagram.DiagramImages;
import org.journeystudio.render.java2d.Java2dCanvas;
import org.journeystudio.render.java2d.SvgExporter;
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
 * The journey viewpoint's Journey Map of one journey of 1k and 10k steps (DESIGN.md §8): the whole
 * headless export (views computed from the specification, lane-grid layout, scene, SVG), which must
 * grow linearly (10k at most 12x 1k), and drawing the 1280 x 800 viewport an editor opens on, which
 * must barely grow (10k at most 1.5x 1k).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
public class JourneyMapBenchmark {

    /** The journey and the specification an export starts from; nothing else is kept alive. */
    @State(Scope.Benchmark)
    public static class Export {
        @Param({"1000", "10000"})
        public int steps;

        Journey journey;
        DiagramImages images;
        DiagramDescription description;

        @Setup(Level.Trial)
        public void prepare() {
            journey = StepsMap.generate(steps);
            images = new DiagramImages(JourneyViewpoint.spec());
            description = (DiagramDescription) JourneyViewpoint.spec().description("journeyMap");
        }
    }

    /** A finished scene and an image to draw its viewport into. */
    @State(Scope.Benchmark)
    public static class Viewport {
        @Param({"1000", "10000"})
        public int steps;

        Scene scene;
        Graphics2D graphics;
        Java2dCanvas canvas;

        @Setup(Level.Trial)
        public void prepare() {
            DiagramDescription description = (DiagramDescription) JourneyViewpoint.spec().description("journeyMap");
            scene = new DiagramImages(JourneyViewpoint.spec()).scene(StepsMap.generate(steps), description);
            graphics = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB).createGraphics();
            canvas = new Java2dCanvas(graphics);
        }

        @TearDown(Level.Trial)
        public void dispose() {
            graphics.dispose();
        }
    }

    /** Specification to SVG text: synchronize, lay out, build the scene, write it. */
    @Benchmark
    public int exportSvg(Export state) {
        return new SvgExporter().toSvg(state.images.scene(state.journey, state.description)).length();
    }

    /** The visible part only, as an editor redraws it. */
    @Benchmark
    public int viewportDraw(Viewport state) {
        return state.scene.draw(state.canvas, Rect.of(0, 0, 1280, 800));
    }
}
