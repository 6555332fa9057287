package org.journeystudio.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Step;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.diagram.DiagramImages;
import org.journeystudio.render.diagram.DiagramScene;
import org.journeystudio.render.diagram.MeasuredTextSizer;
import org.journeystudio.render.java2d.Java2dCanvas;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.layout.IncrementalLayout;
import org.journeystudio.viewpoint.layout.Layouts;
import org.journeystudio.viewpoint.layout.ViewChanges;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
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
 * What the editor does after a rename on the Journey Map of one journey of 1k and 10k steps, headless:
 * the synchronizer's incremental refresh, then the layout and the scene. {@code whole} lays out and
 * builds everything again (the editor before issue 19's incremental redraw); {@code kept} keeps the
 * layout and the figures of what the rename did not change ({@link IncrementalLayout},
 * {@link ViewChanges}, {@link DiagramScene}'s reuse). Each invocation renames one of the first 60 steps
 * to one of two names of the same length (they all start with one of them), so that the card keeps its
 * height, as most renames do.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
public class EditRedrawBenchmark {

    /** An open Journey Map: its synchronizer, change recorder, layout and scene builder. */
    @State(Scope.Benchmark)
    public static class Open {
        @Param({"1000", "10000"})
        public int steps;

        DiagramDescription description;
        Diagram diagram;
        DiagramSynchronizer sync;
        ViewChanges changes;
        IncrementalLayout layouts;
        DiagramScene builder;
        TextMeasurer measurer;
        List<Step> renamed;
        Scene scene;
        int edits;

        @Setup(Level.Trial)
        public void open() {
            Journey journey = StepsMap.generate(steps);
            description = (DiagramDescription) JourneyViewpoint.spec().description("journeyMap");
            diagram = RepresentationFactory.eINSTANCE.createDiagram();
            diagram.setTarget(journey);
            diagram.setDescription(description.getName());
            description.getAdditionalLayers().stream().filter(Layer::isActiveByDefault)
                    .forEach(layer -> diagram.getActiveLayers().add(layer.getName()));
            renamed = journey.getStages().stream().limit(10).flatMap(stage -> stage.getSteps().stream()).toList();
            renamed.forEach(step -> step.setName("Renamed B"));
            sync = new DiagramSynchronizer(new Evaluator(JourneyViewpoint.spec()), description, diagram);
            sync.refresh();
            measurer = Java2dCanvas.newMeasurer();
            changes = ViewChanges.of(diagram);
            layouts = new IncrementalLayout(diagram, description, new MeasuredTextSizer(measurer));
            builder = new DiagramScene(measurer);
            scene = DiagramImages.scene(diagram, description, layouts.layout(changes), builder, changes);
            changes.clear();
        }

        /** Renames the next of the first steps and lets the synchronizer catch up. */
        void rename() {
            Step step = renamed.get(edits % renamed.size());
            step.setName(edits++ / renamed.size() % 2 == 0 ? "Renamed A" : "Renamed B");
            sync.refreshIncremental();
        }

        @TearDown(Level.Trial)
        public void close() {
            changes.dispose();
            sync.dispose();
        }
    }

    /** Laid out and drawn as a whole again. */
    @Benchmark
    public Scene whole(Open open) {
        open.rename();
        open.changes.clear();
        return DiagramImages.scene(open.diagram, open.description,
                Layouts.layout(open.diagram, open.description, new MeasuredTextSizer(open.measurer)),
                new DiagramScene(open.measurer));
    }

    /** Only what the rename changed laid out and drawn again. */
    @Benchmark
    public Scene kept(Open open) {
        open.rename();
        open.scene = DiagramImages.scene(open.diagram, open.description, open.layouts.layout(open.changes),
                open.builder, open.changes);
        open.changes.clear();
        return open.scene;
    }
}
