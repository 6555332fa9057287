package org.journeystudio.viewpoint.tests.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.layout.DiagramLayout;
import org.journeystudio.viewpoint.layout.Layouts;
import org.journeystudio.viewpoint.layout.TextSizer;
import org.journeystudio.viewpoint.registry.DescriptionRef;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.spec.SpecProblem;
import org.journeystudio.viewpoint.sync.DiagramSynchronizer;
import org.journeystudio.viewpoint.sync.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example viewpoint under examples/: it loads cleanly, its mistakes are found at their lines, it draws a matrix. */
class ExampleViewpointTest {

    @TempDir
    Path dir;

    @Test
    void theExampleLoadsWithNoProblem() {
        ViewpointRegistry registry = ViewpointRegistry.withBuiltIn();
        LoadedSpec loaded = registry.load(Examples.file(Examples.MATRIX));
        assertEquals(List.of(), loaded.problems());
        assertTrue(loaded.isUsable());
        DescriptionRef matrix = registry.find("Opportunity Priority Matrix").orElseThrow();
        assertEquals("priorities", matrix.viewpointName());
        assertEquals("priorityMatrix", matrix.name());
        assertEquals(List.of("TEAM001", "TEAM002"),
                loaded.spec().rules().stream().map(rule -> rule.getId()).toList());
    }

    @Test
    void aBrokenCopyReportsEachSeededErrorAtItsLine() throws Exception {
        String text = Examples.text(Examples.MATRIX);
        String broken = text.replace("validationRules id=\"TEAM001\"", "validationRules id=\"JM900\"")
                .replace("self.owner != null", "self.ownr != null")
                .replace("domainClass=\"Opportunity\"", "domainClass=\"Opportunityy\"")
                .replaceFirst("xExpression=\"505\"", "xExpression=\"505 + (\"")
                .replace("yExpression=\"40 + (5 - self.impact) * 110 + 44 + journey:sameRatingsBefore(self)",
                        "yExpression=\"40 + (5 - self.impact) * 110 + 44 + journey:sameRatingBefore(self)")
                .replace("validationRules id=\"TEAM002\"", "validationRules id=\"TEAM002\" severity=\"LOUD\"");
        Path file = dir.resolve("broken.viewpoint");
        Files.writeString(file, broken);

        LoadedSpec loaded = ViewpointRegistry.withBuiltIn().load(file);
        assertFalse(loaded.isUsable());
        Map<Integer, String> byLine = loaded.problems().stream()
                .collect(Collectors.toMap(SpecProblem::line, SpecProblem::message, (a, b) -> a + " | " + b));
        assertEquals(1, byLine.size(), "an unknown enumeration literal stops the XML load: " + byLine);
        assertTrue(byLine.containsKey(lineOf(broken, "LOUD")), byLine.toString());

        Files.writeString(file, broken.replace(" severity=\"LOUD\"", ""));
        loaded = ViewpointRegistry.withBuiltIn().load(file);
        byLine = loaded.problems().stream()
                .collect(Collectors.toMap(SpecProblem::line, SpecProblem::message, (a, b) -> a + " | " + b));
        String fixed = Files.readString(file);
        assertEquals(5, loaded.problems().size(), loaded.problems().toString());
        assertTrue(byLine.get(lineOf(fixed, "id=\"JM900\"")).contains("prefix JM, which is reserved"), byLine.toString());
        assertTrue(byLine.get(lineOf(fixed, "self.ownr")).contains("Step has no feature 'ownr'"), byLine.toString());
        assertTrue(byLine.get(lineOf(fixed, "Opportunityy")).contains("'Opportunityy' is not a class"), byLine.toString());
        assertTrue(byLine.get(lineOf(fixed, "505 + (")).contains("xExpression: syntax error"), byLine.toString());
        assertTrue(byLine.get(lineOf(fixed, "journey:sameRatingBefore")).contains(
                "yExpression: the journey services have no function 'sameRatingBefore'"), byLine.toString());
    }

    @Test
    void opportunitiesArePlacedByEffortAndImpactAndSizedBySeverity() throws Exception {
        ViewpointRegistry registry = ViewpointRegistry.withBuiltIn();
        registry.load(Examples.file(Examples.MATRIX));
        DescriptionRef matrix = registry.description("priorities", "priorityMatrix").orElseThrow();
        JourneyModel model = Examples.model(Examples.map());
        Diagram diagram = RepresentationFactory.eINSTANCE.createDiagram();
        diagram.setTarget(model);
        DiagramDescription description = (DiagramDescription) matrix.description();
        DiagramSynchronizer sync = new DiagramSynchronizer(new Evaluator(matrix.spec()), description, diagram);
        sync.refresh();
        DiagramLayout layout = Layouts.layout(diagram, description, TextSizer.APPROXIMATE);
        sync.dispose();

        List<Node> opportunities = diagram.getNodes().stream().filter(n -> "opportunity".equals(n.getMapping())).toList();
        assertEquals(model.getOpportunities().size(), opportunities.size());
        for (Node node : opportunities) {
            Opportunity opportunity = (Opportunity) node.getSemantic();
            double column = (node.getX() - 80) / 170;
            double row = (node.getY() - 40) / 110;
            assertEquals(opportunity.getEffort() - 1, (int) column, opportunity.getName());
            assertEquals(5 - opportunity.getImpact(), (int) row, opportunity.getName());
            assertEquals(node.getX(), layout.box(node).x(), 0.001, "the layout puts the view where the expressions say");
            assertEquals(node.getY(), layout.box(node).y(), 0.001);
            int severity = opportunity.getAddresses().stream().mapToInt(p -> p.getSeverity()).max().orElse(0);
            assertEquals(84 + 12 * severity, layout.box(node).width(), 0.001, opportunity.getName());
        }
    }

    /** The line of the first occurrence of a text. */
    private static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        assertTrue(at >= 0, part);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

}
