package org.journeystudio.benchmarks;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.journeystudio.render.Rect;
import org.journeystudio.render.java2d.Java2dCanvas;
import org.journeystudio.render.scene.Scene;
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
 * One frame of an editor at two sizes of scene: a 1280 x 800 viewport at the scene's top-left
 * corner (where an editor opens a map, the same place at both sizes) drawn into an image through
 * the Canvas interface. Subclasses say which scene; the growth report pairs their {@link #cards}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
public abstract class ViewportBenchmark {

    /** How many cards (steps) the scene has. */
    @Param({"1000", "10000"})
    public int cards;

    protected Scene scene;
    private Graphics2D graphics;
    private Java2dCanvas canvas;
    private Rect viewport;

    /** The scene of {@link #cards} cards. */
    protected abstract Scene buildScene(int count);

    @Setup(Level.Trial)
    public void prepare() {
        scene = buildScene(cards);
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB);
        graphics = image.createGraphics();
        canvas = new Java2dCanvas(graphics);
        viewport = Rect.of(0, 0, 1280, 800);
        scene.draw(canvas, viewport);
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
