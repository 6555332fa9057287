package org.journeystudio.benchmarks;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecLoader;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The viewpoint synchronizer on generated maps (DESIGN.md §8): a full refresh of the test
 * specification's flow diagram (every mapping kind: containers, nodes, bordered nodes,
 * relation- and element-based edges, conditional and computed styles) at 1k and 10k elements,
 * and an incremental refresh after one property edit (a step renamed). Targets: incremental
 * at most 1% of full at 10k; full refresh 10k / 1k at most 12x.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RefreshBenchmark {

    /**
     * What a full refresh works on: its own map and diagram. The two benchmarks have separate
     * states so that neither keeps the other's large, long-lived views in the heap while it runs.
     */
    @State(Scope.Benchmark)
    public static class Full {
        @Param({"1000", "10000"})
        public int elements;

        DiagramSynchronizer sync;

        @Setup
        public void prepare() throws Exception {
            JourneyModel model = LargeMapGenerator.generate(elements, LargeMapGenerator.DEFAULT_SEED);
            sync = synchronizer(model);
        }
    }

    /** What an incremental refresh works on: a refreshed diagram and the steps to rename. */
    @State(Scope.Benchmark)
    public static class Incremental {
        @Param({"1000", "10000"})
        public int elements;

        DiagramSynchronizer sync;
        List<Step> steps;
        int next;

        @Setup
        public void prepare() throws Exception {
            JourneyModel model = LargeMapGenerator.generate(elements, LargeMapGenerator.DEFAULT_SEED);
            sync = synchronizer(model);
            sync.refresh();
            steps = new ArrayList<>();
            model.getJourneys().forEach(journey -> journey.getStages().forEach(stage -> steps.addAll(stage.getSteps())));
        }
    }

    static DiagramSynchronizer synchronizer(JourneyModel model) throws Exception {
        try (InputStream in = RefreshBenchmark.class.getResourceAsStream("/specs/diagram.viewpoint")) {
            ExpressionEngine engine = new ExpressionEngine(JourneyServices.registerIn(new ServiceRegistry()));
            Spec spec = new SpecLoader(engine, List.of(JourneyPackage.eINSTANCE)).load("diagram.viewpoint", in);
            Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
            diagram.setTarget(model);
            return new DiagramSynchronizer(new Evaluator(spec), (DiagramDescription) spec.description("flow"), diagram);
        }
    }

    @Benchmark
    public Diagram fullRefresh(Full state) {
        state.sync.refresh();
        return state.sync.diagram();
    }

    /** One property edit (a step renamed, a different step each time) and the refresh it needs. */
    @Benchmark
    public Diagram incrementalRefresh(Incremental state) {
        Step step = state.steps.get(state.next++ % state.steps.size());
        step.setName(step.getName().endsWith("'") ? step.getName().substring(0, step.getName().length() - 1)
                : step.getName() + "'");
        state.sync.refreshIncremental();
        return state.sync.diagram();
    }
}
