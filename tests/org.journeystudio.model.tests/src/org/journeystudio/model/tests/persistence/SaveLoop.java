package org.journeystudio.model.tests.persistence;

import static org.journeystudio.model.tests.ModelBuilder.journey;
import static org.journeystudio.model.tests.ModelBuilder.painPoint;
import static org.journeystudio.model.tests.ModelBuilder.stage;
import static org.journeystudio.model.tests.ModelBuilder.touchpoint;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;

/**
 * The child process of {@link AtomicSaveTest}: builds a large model and saves it to the
 * target over and over through {@link JourneyPersistence#save}, each time as a new
 * generation, until it is killed. Prints "saving N" before each save so the parent knows
 * saves are under way.
 */
public final class SaveLoop {

    /** Stages of the large model; each has {@link #STEPS_PER_STAGE} steps with one pain point. */
    static final int STAGES = 40;
    static final int STEPS_PER_STAGE = 100;

    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        JourneyModel model = largeModel();
        Resource resource = ModelBuilder.inResource(model, target);
        for (int generation = 1; ; generation++) {
            model.setName("Generation " + generation);
            System.out.println("saving " + generation);
            System.out.flush();
            JourneyPersistence.save(resource, target);
        }
    }

    /** The sample map plus a journey of STAGES × STEPS_PER_STAGE steps. */
    static JourneyModel largeModel() {
        SampleMap map = new SampleMap();
        Journey journey = journey(map.model, "Long haul", map.ann);
        for (int s = 0; s < STAGES; s++) {
            Stage stage = stage(journey, "Stage " + s);
            for (int i = 0; i < STEPS_PER_STAGE; i++) {
                Step step = touchpoint(stage, "Step " + s + "." + i, map.web, map.phone);
                step.setEmotion(i % 5 - 2);
                step.setThoughts("Thinking about step " + i + " of stage " + s + " and what comes next.");
                painPoint(step, "Waiting", 2);
            }
        }
        return map.model;
    }
}
