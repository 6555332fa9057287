package org.journeystudio.viewpoint.tests.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecException;
import org.journeystudio.viewpoint.spec.SpecLoader;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;

/** The test specification, template models and synchronized diagrams over them. */
final class Fixtures {

    private Fixtures() {
    }

    static SpecLoader loader() {
        ExpressionEngine engine = new ExpressionEngine(JourneyServices.registerIn(new ServiceRegistry()));
        return new SpecLoader(engine, List.of(JourneyPackage.eINSTANCE));
    }

    /** Loads a specification from the test bundle's specs/ folder. */
    static Spec spec(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/specs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no specs/" + name + " in the test bundle");
            }
            return loader().load(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SpecException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A template opened in memory. */
    static JourneyResource template(String name) {
        try {
            return JourneyTemplates.create(name, URI.createFileURI("/tmp/" + name + ".journey"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Diagram diagram(EObject target, String... activeLayers) {
        Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setName("test");
        diagram.setDescription("flow");
        diagram.setTarget(target);
        diagram.getActiveLayers().addAll(List.of(activeLayers));
        return diagram;
    }

    /** A fully refreshed diagram of the flow description of diagram.viewpoint. */
    static DiagramSynchronizer flow(Spec spec, EObject target, String... activeLayers) {
        DiagramDescription description = (DiagramDescription) spec.description("flow");
        DiagramSynchronizer sync = new DiagramSynchronizer(new Evaluator(spec), description, diagram(target, activeLayers));
        sync.refresh();
        return sync;
    }
}
