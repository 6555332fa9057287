package org.journeystudio.viewpoint.tests.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.RepresentationText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An incremental refresh after any edits gives exactly what a full refresh gives, touching little. */
class IncrementalRefreshTest {

    private static final String[] TEMPLATES = {"ecommerce-purchase", "invoice-payment", "support-call",
        "b2b-saas-onboarding"};
    private static Spec spec;

    @BeforeAll
    static void load() {
        spec = Fixtures.spec("diagram.viewpoint");
    }

    @Test
    void renamingAStepReEvaluatesOnlyWhatReadTheName() {
        JourneyModel model = JourneyPersistence.modelOf(Fixtures.template("invoice-payment"));
        DiagramSynchronizer sync = Fixtures.flow(spec, model);
        Step step = model.getJourneys().get(0).getStages().get(1).getSteps().get(0);
        Node view = DiagramRefreshTest.nodes(sync.diagram(), "step").stream()
                .filter(node -> node.getSemantic() == step).findFirst().orElseThrow();
        step.setName("Renamed");
        assertEquals(1, sync.pendingUnits(), "only the label of the step's own view read its name");
        sync.refreshIncremental();
        assertEquals("Renamed", view.getLabel());
        assertFalse(sync.needsRefresh());
        assertEquals(RepresentationText.of(Fixtures.flow(spec, model).diagram()), RepresentationText.of(sync.diagram()));
    }

    @Test
    void viewsOfUnchangedElementsKeepTheirIdentity() {
        JourneyModel model = JourneyPersistence.modelOf(Fixtures.template("support-call"));
        DiagramSynchronizer sync = Fixtures.flow(spec, model);
        List<Node> before = DiagramRefreshTest.nodes(sync.diagram(), "step");
        Step first = (Step) before.get(0).getSemantic();
        first.getPainPoints().add(org.journeystudio.model.journey.JourneyFactory.eINSTANCE.createPainPoint());
        first.setEmotion(-2);
        sync.refreshIncremental();
        List<Node> after = DiagramRefreshTest.nodes(sync.diagram(), "step");
        assertEquals(before, after, "same node objects, in the same order");
        assertEquals("#fce8e6", after.get(0).getStyle().getFillColor());
    }

    /** The property: hundreds of random edit sequences, each step checked against a full refresh. */
    @Test
    void incrementalEqualsFullAfterRandomEditSequences() {
        int sequences = 0;
        int edits = 0;
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= 240; seed++) {
            String template = TEMPLATES[(int) (seed % TEMPLATES.length)];
            JourneyModel model = JourneyPersistence.modelOf(Fixtures.template(template));
            String[] layers = seed % 2 == 0 ? new String[] {"people"} : new String[0];
            DiagramSynchronizer sync = Fixtures.flow(spec, model, layers);
            if (seed % 3 == 0) {
                sync.diagram().getActiveFilters().add("hideAssessed");
                sync.refreshIncremental();
            }
            RandomEdits random = new RandomEdits(model, seed);
            int length = 1 + (int) (seed % 12);
            for (int i = 0; i < length; i++) {
                String edit = random.apply();
                if (seed % 4 != 0 || i == length - 1) {
                    sync.refreshIncremental();
                    DiagramSynchronizer full = Fixtures.flow(spec, model, layers);
                    full.diagram().getActiveFilters().addAll(sync.diagram().getActiveFilters());
                    full.refresh();
                    String expected = RepresentationText.of(full.diagram());
                    String actual = RepresentationText.of(sync.diagram());
                    if (!expected.equals(actual)) {
                        failures.add("seed " + seed + " edit " + i + " (" + edit + ") on " + template);
                        break;
                    }
                    full.dispose();
                }
                edits++;
            }
            sync.dispose();
            sequences++;
        }
        assertTrue(failures.isEmpty(), failures.size() + " sequences differ, first: "
                + (failures.isEmpty() ? "" : failures.get(0)));
        assertEquals(240, sequences);
        assertTrue(edits > 1000, "edits: " + edits);
    }
}
