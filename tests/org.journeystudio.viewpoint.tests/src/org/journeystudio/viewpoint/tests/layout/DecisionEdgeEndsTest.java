package org.journeystudio.viewpoint.tests.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;

import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.layout.Box;
import org.journeystudio.viewpoint.layout.DiagramLayout;
import org.journeystudio.viewpoint.layout.Layouts;
import org.journeystudio.viewpoint.layout.TextSizer;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.ViewState;
import org.journeystudio.viewpoint.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An arrow into or out of a decision ends on the diamond's outline, not on the corner of its bounding box. */
class DecisionEdgeEndsTest {

    @TempDir
    Path folder;

    @Test
    void flowEdgesMeetTheDiamondItself() throws Exception {
        Path file = folder.resolve("blank.journey");
        JourneyTemplates.instantiate("blank", file);
        Session session = Session.open(file, JourneyViewpoint.spec());
        Stage stage = session.model().getJourneys().get(0).getStages().get(0);
        Step start = stage.getSteps().get(0);
        Step decision = step(stage, "Decide", StepKind.DECISION);
        Step yes = step(stage, "Yes", StepKind.ACTION);
        Step no = step(stage, "No", StepKind.ACTION);
        start.getNext().add(decision);
        decision.getNext().addAll(List.of(yes, no));
        Diagram diagram = session.createDiagram("journeyFlow", stage.eContainer(), "flow");
        session.synchronizer(diagram).refresh();
        DiagramDescription description = (DiagramDescription) session.spec().description("journeyFlow");

        DiagramLayout laidOut = Layouts.layout(diagram, description, TextSizer.APPROXIMATE);
        assertOnOutline(laidOut, diagram, decision, 3);

        // a decision moved by hand gets straight edges, which end on its outline as well
        Node view = view(diagram, decision);
        ViewState state = RepresentationFactory.eINSTANCE.createViewState();
        Box box = laidOut.box(view);
        state.setMapping(view.getMapping());
        state.setSemantic(decision);
        state.setX((int) box.x() + 37);
        state.setY((int) box.y() + 91);
        diagram.getStates().add(state);
        view.setState(state);
        assertOnOutline(Layouts.layout(diagram, description, TextSizer.APPROXIMATE), diagram, decision, 3);
        session.close();
    }

    private static void assertOnOutline(DiagramLayout layout, Diagram diagram, Step decision, int expectedEnds) {
        Node view = view(diagram, decision);
        Box box = layout.box(view);
        int ends = 0;
        for (Edge edge : diagram.getEdges()) {
            List<double[]> route = layout.route(edge);
            if (route == null) {
                continue;
            }
            if (edge.getTarget() == view) {
                assertOnDiamond(box, route.get(route.size() - 1));
                ends++;
            }
            if (edge.getSource() == view) {
                assertOnDiamond(box, route.get(0));
                ends++;
            }
        }
        assertEquals(expectedEnds, ends, "one edge in, two out");
    }

    /** |x - cx| / (w / 2) + |y - cy| / (h / 2) is 1 on a diamond's outline. */
    private static void assertOnDiamond(Box box, double[] point) {
        double distance = Math.abs(point[0] - box.centerX()) / (box.width() / 2)
                + Math.abs(point[1] - box.centerY()) / (box.height() / 2);
        assertEquals(1.0, distance, 0.01, "the end " + point[0] + "," + point[1] + " lies on the diamond of " + box);
    }

    private static Node view(Diagram diagram, Step step) {
        Node node = diagram.getNodes().stream().filter(n -> n.getSemantic() == step).findFirst().orElse(null);
        assertNotNull(node, "a view of " + step.getName());
        return node;
    }

    private static Step step(Stage stage, String name, StepKind kind) {
        Step step = JourneyFactory.eINSTANCE.createStep();
        step.setName(name);
        step.setKind(kind);
        stage.getSteps().add(step);
        return step;
    }
}
