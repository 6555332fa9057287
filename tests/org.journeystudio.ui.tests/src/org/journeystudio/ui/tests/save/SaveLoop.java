package org.journeystudio.ui.tests.save;

import java.nio.file.Path;

import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.viewpoint.representation.Representation;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.session.Session;

/**
 * The child process of {@link KilledSaveTest}: opens a map as the journey editor does ({@link Session}) and
 * saves it as the editor does ({@link Session#save()}: the {@code .journey}, then the {@code .journeyrep}),
 * one generation after another, until it is killed. Plain Java: it runs on a class path, not in OSGi.
 */
public final class SaveLoop {

    /** Steps added to the map so that each save takes a while (a map of a few megabytes). */
    static final int EXTRA_STEPS = 12_000;
    /** How the names of the map and of its table begin; a number follows. */
    static final String GENERATION = "Generation ";

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Session session = Session.open(Path.of(args[0]), null);
        Table table = generationTable(session);
        System.out.println("ready");
        System.out.flush();
        int start = generation(session.model().getName()) + 1; // each run goes on where the last stopped
        for (int generation = start; ; generation++) {
            session.model().setName(GENERATION + generation);
            table.setName(GENERATION + generation);
            session.save();
        }
    }

    /** Makes the map big, and gives it the table whose name tells the generation of the representations. */
    static void enlarge(Session session) {
        JourneyModel model = session.model();
        Stage stage = JourneyFactory.eINSTANCE.createStage();
        stage.setName("Generated");
        model.getJourneys().get(0).getStages().add(stage);
        for (int index = 0; index < EXTRA_STEPS; index++) {
            Step step = JourneyFactory.eINSTANCE.createStep();
            step.setName("Generated step " + index);
            step.setFeeling("a feeling long enough to make the file grow a little " + index);
            stage.getSteps().add(step);
        }
        generationTable(session);
        model.setName(GENERATION + 0);
    }

    static int generation(String name) {
        return Integer.parseInt(name.substring(GENERATION.length()));
    }

    static Table generationTable(Session session) {
        for (Representation representation : session.representationFile().getRepresentations()) {
            if (representation instanceof Table table) {
                return table;
            }
        }
        Table table = RepresentationFactory.eINSTANCE.createTable();
        table.setName(GENERATION + 0);
        table.setViewpoint("journey");
        table.setDescription("opportunities");
        table.setTarget(session.model());
        session.representationFile().getRepresentations().add(table);
        return table;
    }
}
