package org.journeystudio.benchmarks;

import org.journeystudio.render.java2d.SvgExporter;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.render.tests.scenes.CardGridScene;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering at two sizes of scene (DESIGN.md §8): drawing a fixed 1280 x 800 viewport into an
 * image, which must barely depend on the scene's size (10k cards at most 1.5x 1k), and a full
 * SVG export, which must grow linearly (10k at most 12x 1k). The scene is a grid of step cards,
 * each a group of a shadowed card, a channel icon and two wrapped texts.
 */
public class RenderBenchmark extends ViewportBenchmark {

    @Override
    protected Scene buildScene(int count) {
        return CardGridScene.build(count);
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
