package org.journeystudio.viewpoint.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.EditionTableDescription;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.journeystudio.viewpoint.sync.TableSynchronizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in viewpoint loads without problems and computes every diagram and table of every template cleanly. */
class JourneyViewpointTest {

    @ParameterizedTest
    @ValueSource(strings = {"blank", "ecommerce-purchase", "b2b-saas-onboarding", "invoice-payment", "support-call",
        "onboarding-planned-actual"})
    void everyRepresentationOfEveryTemplateRefreshesWithoutExpressionProblems(String template) throws IOException {
        Spec spec = JourneyViewpoint.spec();
        JourneyModel model = JourneyPersistence.modelOf(
                JourneyTemplates.create(template, URI.createFileURI("/tmp/" + template + ".journey")));
        for (RepresentationDescription description : spec.descriptions()) {
            if (description instanceof TableDescription table) {
                for (EObject target : targets(model, spec, description)) {
                    Evaluator evaluator = new Evaluator(spec);
                    Table view = RepresentationFactory.eINSTANCE.createTable();
                    view.setTarget(target);
                    TableSynchronizer sync = new TableSynchronizer(evaluator, table, view);
                    sync.refresh();
                    assertTrue(evaluator.problems().isEmpty(), description.getName() + ": " + evaluator.problems());
                    if (table instanceof EditionTableDescription edition) {
                        assertEquals(edition.getColumns().size(), view.getColumns().size(), description.getName());
                    }
                    sync.dispose();
                }
                continue;
            }
            DiagramDescription diagram = (DiagramDescription) description;
            for (EObject target : targets(model, spec, description)) {
                Evaluator evaluator = new Evaluator(spec);
                DiagramSynchronizer sync = new DiagramSynchronizer(evaluator, diagram, diagram(target));
                sync.refresh();
                assertTrue(evaluator.problems().isEmpty(), description.getName() + ": " + evaluator.problems());
                sync.dispose();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice-payment", "ecommerce-purchase"})
    void journeyMapPlacesEveryStepAndAssessedEmotionInItsStageColumn(String template) throws IOException {
        Spec spec = JourneyViewpoint.spec();
        JourneyModel model = JourneyPersistence.modelOf(
                JourneyTemplates.create(template, URI.createFileURI("/tmp/" + template + ".journey")));
        Journey journey = model.getJourneys().get(0);
        Diagram diagram = diagram(journey);
        new DiagramSynchronizer(new Evaluator(spec), (DiagramDescription) spec.description("journeyMap"), diagram).refresh();
        List<Node> lanes = diagram.getNodes();
        assertEquals("Stages", lanes.get(0).getLabel());
        assertEquals(journey.getStages().size(), lanes.get(0).getChildren().size());
        List<Node> steps = lanes.get(1).getChildren();
        long count = journey.getStages().stream().mapToLong(stage -> stage.getSteps().size()).sum();
        assertEquals(count, steps.size());
        for (Node step : steps) {
            assertEquals(step.getSemantic().eContainer(), step.getColumn());
        }
        for (Node point : lanes.get(2).getChildren()) {
            Step step = (Step) point.getSemantic();
            assertTrue(step.isSetEmotion());
            assertTrue(point.isSetLevel());
            assertEquals(step, point.getAlignedWith());
        }
        assertFalse(diagram.getEdges().isEmpty(), "the emotion curve");
        assertNotNull(spec.description("Service Blueprint"));
    }

    private static List<EObject> targets(JourneyModel model, Spec spec, RepresentationDescription description) {
        List<EObject> targets = new ArrayList<>();
        var type = spec.domainClass(description.getDomainClass());
        if (type.isInstance(model)) {
            targets.add(model);
        }
        model.eAllContents().forEachRemaining(element -> {
            if (type.isInstance(element)) {
                targets.add(element);
            }
        });
        return targets;
    }

    private static Diagram diagram(EObject target) {
        Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setTarget(target);
        return diagram;
    }
}
