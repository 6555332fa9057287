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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RefreshBenchmark {

    @Param({"1000", "10000"})
    public int elements;

    private DiagramSynchronizer full;
    private DiagramSynchronizer incremental;
    private List<Step> steps;
    private int next;

    @Setup
    public void prepare() throws Exception {
        JourneyModel model = LargeMapGenerator.generate(elements, LargeMapGenerator.DEFAULT_SEED);
        Spec spec;
        try (InputStream in = RefreshBenchmark.class.getResourceAsStream("/specs/diagram.viewpoint")) {
            ExpressionEngine engine = new ExpressionEngine(JourneyServices.registerIn(new ServiceRegistry()));
            spec = new SpecLoader(engine, List.of(JourneyPackage.eINSTANCE)).load("diagram.viewpoint", in);
        }
        DiagramDescription description = (DiagramDescription) spec.description("flow");
        full = new DiagramSynchronizer(new Evaluator(spec), description, diagram(model));
        incremental = new DiagramSynchronizer(new Evaluator(spec), description, diagram(model));
        incremental.refresh();
        steps = new ArrayList<>();
        model.getJourneys().forEach(journey -> journey.getStages().forEach(stage -> steps.addAll(stage.getSteps())));
    }

    private static Diagram diagram(JourneyModel model) {
        Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setTarget(model);
        return diagram;
    }

    @Benchmark
    public Diagram fullRefresh() {
        full.refresh();
        return full.diagram();
    }

    /** One property edit (a step renamed, a different step each time) and the refresh it needs. */
    @Benchmark
    public Diagram incrementalRefresh() {
        Step step = steps.get(next++ % steps.size());
        step.setName(step.getName().endsWith("'") ? step.getName().substring(0, step.getName().length() - 1)
                : step.getName() + "'");
        incremental.refreshIncremental();
        return incremental.diagram();
    }
}
