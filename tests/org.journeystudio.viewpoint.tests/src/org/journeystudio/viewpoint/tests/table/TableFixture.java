package org.journeystudio.viewpoint.tests.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecException;
import org.journeystudio.viewpoint.spec.SpecLoader;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.sync.TableSynchronizer;

/** The table specification of these tests (specs/tables.viewpoint) and journey templates to run it on. */
final class TableFixture {

    static final String PAIN_POINTS = "painPoints";
    static final String TOUCHPOINT_CHANNELS = "touchpointChannels";
    static final String STEP_PAINS = "stepPains";

    private static final String SPEC = "specs/tables.viewpoint";
    private static Spec spec;

    private TableFixture() {
    }

    /** The specification, loaded (and checked) once. */
    static synchronized Spec spec() {
        if (spec == null) {
            ExpressionEngine engine = new ExpressionEngine(JourneyServices.registerIn(new ServiceRegistry()));
            SpecLoader loader = new SpecLoader(engine, List.of(JourneyPackage.eINSTANCE));
            try (InputStream in = open()) {
                spec = loader.load(SPEC, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SpecException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return spec;
    }

    private static InputStream open() throws IOException {
        InputStream in = TableFixture.class.getResourceAsStream("/" + SPEC);
        return in != null ? in : Files.newInputStream(Path.of(SPEC));
    }

    /** A fresh copy of a shipped template. */
    static JourneyModel template(String name) {
        try {
            return (JourneyModel) JourneyTemplates.create(name, URI.createURI("memory:/" + name + ".journey"))
                    .getContents().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first journey of a template. */
    static Journey firstJourney(String template) {
        return template(template).getJourneys().get(0);
    }

    static TableDescription description(String name) {
        return (TableDescription) spec().description(name);
    }

    static Table table(String description, EObject target) {
        Table table = RepresentationFactory.eINSTANCE.createTable();
        table.setName(description(description).getLabel());
        table.setDescription(description);
        table.setTarget(target);
        return table;
    }

    /** A synchronizer over a new table of the description on the target, fully refreshed. */
    static TableSynchronizer refreshed(String description, EObject target) {
        TableSynchronizer synchronizer = new TableSynchronizer(new Evaluator(spec()), description(description),
                table(description, target));
        synchronizer.refresh();
        return synchronizer;
    }
}
