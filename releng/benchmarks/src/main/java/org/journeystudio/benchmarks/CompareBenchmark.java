package org.journeystudio.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.compare.Difference;
import org.journeystudio.model.compare.MergeResult;
import org.journeystudio.model.compare.ModelDiff;
import org.journeystudio.model.compare.SnapshotBuilder;
import org.journeystudio.model.compare.ThreeWayMerge;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Model diff and three-way merge (org.journeystudio.model.compare) against loading their inputs,
 * at the same size in the same run (targets at 100k elements: diff of two maps at most 1x loading
 * both, merge of three at most 1.5x loading all three). The versions are the generated map and
 * two edited copies: ours renames every 100th step and adds a step to every 10th stage, theirs
 * sets the feeling of every 100th step (others than ours) and deletes every 50th step that has
 * no pain point, as two people's days of work on a large map.
 */
public class CompareBenchmark extends MapBenchmark {

    private Path oursFile;
    private Path theirsFile;
    private JourneyResource base;
    private JourneyResource ours;
    private JourneyResource theirs;

    @Override
    protected void prepare() throws IOException {
        oursFile = edited("ours", 0);
        theirsFile = edited("theirs", 1);
        base = JourneyPersistence.load(file);
        ours = JourneyPersistence.load(oursFile);
        theirs = JourneyPersistence.load(theirsFile);
    }

    private Path edited(String name, int side) throws IOException {
        JourneyResource resource = JourneyPersistence.load(file);
        List<Step> steps = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        resource.getAllContents().forEachRemaining(element -> {
            if (element instanceof Step step) {
                steps.add(step);
            } else if (element instanceof Stage stage) {
                stages.add(stage);
            }
        });
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (side == 0 && i % 100 == 0) {
                step.setName(step.getName() + " (ours)");
            } else if (side == 1 && i % 100 == 50) {
                step.setFeeling("theirs " + i);
            } else if (side == 1 && i % 50 == 25 && step.getPainPoints().isEmpty()) {
                EcoreUtil.delete(step, true);
            }
        }
        for (int i = 0; side == 0 && i < stages.size(); i += 10) {
            Step added = JourneyFactory.eINSTANCE.createStep();
            added.setName("Added by ours " + i);
            stages.get(i).getSteps().add(0, added);
        }
        Path target = dir.resolve(name + "." + JourneyPersistence.FILE_EXTENSION);
        JourneyPersistence.save(resource, target);
        return target;
    }

    /** Baseline of {@link #diff}: loading the two versions it compares. */
    @Benchmark
    public Resource loadTwo() throws JourneyLoadException {
        JourneyPersistence.load(file);
        return JourneyPersistence.load(oursFile);
    }

    /** The differences between two loaded versions, with their readable paths and values. */
    @Benchmark
    public List<Difference> diff() {
        return ModelDiff.compare(base, ours);
    }

    /** Baseline of {@link #merge}: loading the three versions it merges. */
    @Benchmark
    public Resource loadThree() throws JourneyLoadException {
        JourneyPersistence.load(file);
        JourneyPersistence.load(oursFile);
        return JourneyPersistence.load(theirsFile);
    }

    /** The three-way merge of three loaded versions into a new resource ready to be saved, as {@code journey merge} does. */
    @Benchmark
    public Resource merge() {
        Resource merged = JourneyPersistence.newResourceSet().createResource(URI.createFileURI(
                dir.resolve("merged." + JourneyPersistence.FILE_EXTENSION).toString()));
        ThreeWayMerge.mergeInto(base, ours, theirs, merged);
        return merged;
    }

    /** The full merge (snapshots of the three, merged element by element, built), which conflicting edits take. */
    @Benchmark
    public Resource fullMerge() {
        MergeResult result = ThreeWayMerge.merge(base, ours, theirs);
        Resource merged = JourneyPersistence.newResourceSet().createResource(URI.createFileURI(
                dir.resolve("merged." + JourneyPersistence.FILE_EXTENSION).toString()));
        SnapshotBuilder.build(result.merged(), merged);
        return merged;
    }
}
