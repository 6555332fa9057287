package org.journeystudio.render.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.render.TextMeasurer;
import org.journeystudio.render.diagram.DiagramImages;
import org.journeystudio.render.diagram.DiagramScene;
import org.journeystudio.render.diagram.MeasuredTextSizer;
import org.journeystudio.render.java2d.Java2dCanvas;
import org.journeystudio.render.java2d.SvgExporter;
import org.journeystudio.render.scene.Figure;
import org.journeystudio.render.scene.Scene;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.layout.DiagramLayout;
import org.journeystudio.viewpoint.layout.IncrementalLayout;
import org.journeystudio.viewpoint.layout.Layouts;
import org.journeystudio.viewpoint.layout.ViewChanges;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * An open diagram refreshed after an edit keeps its last layout and the figures of what the edit did
 * not change ({@link IncrementalLayout}, {@link ViewChanges}, {@link DiagramScene}'s reuse), and the
 * picture is the one a new layout and a new builder give, to the byte of its SVG: random edit sequences
 * on every template and every diagram of the journey viewpoint.
 */
class IncrementalSceneTest {

    private static final String[] TEMPLATES = {"ecommerce-purchase", "b2b-saas-onboarding", "invoice-payment",
        "support-call", "onboarding-planned-actual"};
    private static final int EDITS = 14;

    private final Spec spec = JourneyViewpoint.spec();
    private final TextMeasurer measurer = Java2dCanvas.newMeasurer();

    @Test
    void theKeptPictureIsTheNewOneAfterRandomEdits() throws IOException {
        int compared = 0;
        int kept = 0;
        List<String> differences = new ArrayList<>();
        for (int seed = 0; seed < TEMPLATES.length * 4; seed++) {
            String template = TEMPLATES[seed % TEMPLATES.length];
            JourneyModel model = JourneyPersistence.modelOf(
                    JourneyTemplates.create(template, URI.createFileURI("/tmp/" + template + ".journey")));
            for (DiagramDescription description : diagrams()) {
                for (EObject target : JourneyRepresentationsTest.targets(model, spec, description)) {
                    Open open = new Open(target, description);
                    Random random = new Random(seed * 31L + description.getName().hashCode());
                    for (int i = 0; i < EDITS; i++) {
                        String edit = edit(model, random);
                        open.refresh();
                        String expected = svg(open.fresh());
                        if (!expected.equals(svg(open.scene))) {
                            differences.add(template + " " + description.getName() + " seed " + seed + " after " + edit);
                            break;
                        }
                        compared++;
                        kept += open.layouts.reused() ? 1 : 0;
                    }
                    open.dispose();
                }
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " differ, first: " + (differences.isEmpty() ? ""
                : differences.get(0)));
        assertTrue(compared > 500, "pictures compared: " + compared);
        assertTrue(kept > compared / 10, "layouts kept: " + kept + " of " + compared);
    }

    @Test
    void aRenameKeepsEveryOtherFigureAndTheLayout() throws IOException {
        JourneyModel model = JourneyPersistence.modelOf(
                JourneyTemplates.create("invoice-payment", URI.createFileURI("/tmp/invoice-payment.journey")));
        DiagramDescription map = diagrams().stream().filter(d -> d.getName().equals("journeyMap")).findFirst()
                .orElseThrow();
        Open open = new Open(model.getJourneys().get(0), map);
        Scene before = open.scene;
        DiagramLayout layoutBefore = open.layout;
        Step step = model.getJourneys().get(0).getStages().get(1).getSteps().get(0);
        step.setName(step.getName().substring(0, Math.min(4, step.getName().length())) + "!");
        open.refresh();
        assertTrue(open.layouts.reused(), "a rename that needs no more room keeps the layout");
        assertSame(layoutBefore, open.layout);
        int same = 0;
        for (int i = 0; i < before.figures().size(); i++) {
            same += before.figures().get(i) == open.scene.figures().get(i) ? 1 : 0;
        }
        assertEquals(before.figures().size(), open.scene.figures().size());
        assertEquals(before.figures().size() - 1, same, "every figure but the renamed card's is kept");
        List<Figure> drawnAgain = new ArrayList<>();
        for (int i = 0; i < before.figures().size(); i++) {
            if (before.figures().get(i) != open.scene.figures().get(i)) {
                drawnAgain.add(open.scene.figures().get(i));
            }
        }
        assertTrue(drawnAgain.stream().anyMatch(f -> new SvgExporter().toSvg(new Scene().add(f)).contains(step.getName())),
                "the renamed card is drawn anew");
        assertEquals(svg(open.fresh()), svg(open.scene));
        open.dispose();
    }

    /** A diagram open as in the editor: synchronized, its changes recorded, laid out and drawn incrementally. */
    private final class Open {

        final Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        final DiagramDescription description;
        final DiagramSynchronizer sync;
        final ViewChanges changes;
        final IncrementalLayout layouts;
        final DiagramScene builder = new DiagramScene(measurer);
        DiagramLayout layout;
        Scene scene;

        Open(EObject target, DiagramDescription description) {
            this.description = description;
            diagram.setTarget(target);
            diagram.setDescription(description.getName());
            description.getAdditionalLayers().stream().filter(Layer::isActiveByDefault)
                    .forEach(layer -> diagram.getActiveLayers().add(layer.getName()));
            sync = new DiagramSynchronizer(new Evaluator(spec), description, diagram);
            sync.refresh();
            changes = ViewChanges.of(diagram);
            layouts = new IncrementalLayout(diagram, description, new MeasuredTextSizer(measurer));
            draw();
        }

        void refresh() {
            sync.refreshIncremental();
            draw();
        }

        private void draw() {
            layout = layouts.layout(changes);
            scene = DiagramImages.scene(diagram, description, layout, builder, changes);
            changes.clear();
        }

        /** The picture as a new layout and a new builder draw it. */
        Scene fresh() {
            return DiagramImages.scene(diagram, description, Layouts.layout(diagram, description,
                    new MeasuredTextSizer(measurer)), new DiagramScene(measurer));
        }

        void dispose() {
            changes.dispose();
            sync.dispose();
        }
    }

    /** One random edit of the kinds a person makes in the editor; its description. */
    private static String edit(JourneyModel model, Random random) {
        Journey journey = model.getJourneys().get(random.nextInt(model.getJourneys().size()));
        List<Step> steps = new ArrayList<>();
        journey.getStages().forEach(stage -> steps.addAll(stage.getSteps()));
        Stage stage = journey.getStages().get(random.nextInt(journey.getStages().size()));
        Step step = steps.isEmpty() ? null : steps.get(random.nextInt(steps.size()));
        int kind = step == null ? 3 : random.nextInt(8);
        switch (kind) {
            case 0 -> step.setName("Renamed " + random.nextInt(100));
            case 1 -> step.setName("A much longer name for this step, which needs more than one line on its card "
                    + random.nextInt(100));
            case 2 -> stage.setName("Stage " + random.nextInt(100));
            case 3 -> {
                Step added = JourneyFactory.eINSTANCE.createStep();
                added.setName("New " + random.nextInt(100));
                stage.getSteps().add(random.nextInt(stage.getSteps().size() + 1), added);
            }
            case 4 -> ((Stage) step.eContainer()).getSteps().remove(step);
            case 5 -> step.setEmotion(random.nextInt(5) - 2);
            case 6 -> step.getPainPoints().add(JourneyFactory.eINSTANCE.createPainPoint());
            default -> stage.getSteps().add(step);
        }
        return "edit " + kind;
    }

    private List<DiagramDescription> diagrams() {
        return spec.descriptions().stream().filter(DiagramDescription.class::isInstance)
                .map(DiagramDescription.class::cast).toList();
    }


    private static String svg(Scene scene) {
        return new SvgExporter().toSvg(scene);
    }
}
