package org.journeystudio.benchmarks;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.journeystudio.render.Rect;
import org.journeystudio.render.java2d.Java2dCanvas;
import org.journeystudio.render.java2d.SvgExporter;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.render.tests.scenes.CardGridScene;
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
 * Rendering at two sizes of scene (DESIGN.md §8): drawing a fixed 1280 x 800 viewport into an
 * image, which must barely depend on the scene's size (10k cards at most 1.5x 1k), and a full
 * SVG export, which must grow linearly (10k at most 12x 1k). The scene is a grid of step cards,
 * each a group of a shadowed card, a channel icon and two wrapped texts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
public class RenderBenchmark {

    @Param({"1000", "10000"})
    public int cards;

    private Scene scene;
    private Graphics2D graphics;
    private Java2dCanvas canvas;
    private Rect viewport;

    @Setup(Level.Trial)
    public void buildScene() {
        scene = CardGridScene.build(cards);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB);
        graphics = image.createGraphics();
        canvas = new Java2dCanvas(graphics);
        // The same place in both grids: the top-left corner, as an editor opens a map.
        viewport = Rect.of(0, 0, 1280, 800);
        scene.draw(canvas, viewport);
    }

    @TearDown(Level.Trial)
    public void dispose() {
        graphics.dispose();
    }

    /** One frame of the editor: what intersects the viewport, found through the scene's index. */
    @Benchmark
    public int viewportDraw() {
        return scene.draw(canvas, viewport);
    }

    /**
     * The whole scene to an SVG document. A new exporter has a new text measurer, so text is
     * measured and wrapped afresh, as in a one-off export. At 10k cards one export takes about
     * half a second: longer iterations give the JIT and the heap time to settle.
     */
    @Benchmark
    @Warmup(time = 4)
    @Measurement(time = 4)
    public int svgExport() {
        return new SvgExporter().toSvg(scene).length();
    }
}
