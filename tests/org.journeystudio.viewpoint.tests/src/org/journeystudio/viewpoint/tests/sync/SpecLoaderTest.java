package org.journeystudio.viewpoint.tests.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.ViewpointPackage;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecException;
import org.journeystudio.viewpoint.spec.SpecProblem;
import org.junit.jupiter.api.Test;

/** Mistakes in a specification are reported when it is loaded, with file, line, element and expression. */
class SpecLoaderTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<viewpoint:Group xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:viewpoint=\"http://www.journeystudio.org/viewpoint/1.0\" name=\"t\">\n"
            + "<viewpoints name=\"v\" services=\"journey\">\n"
            + "<representations xsi:type=\"viewpoint:DiagramDescription\" name=\"d\" domainClass=\"JourneyModel\">\n"
            + "<defaultLayer name=\"default\">\n";
    private static final String TAIL = "</defaultLayer>\n</representations>\n</viewpoints>\n</viewpoint:Group>\n";

    @Test
    void theTestSpecificationLoadsWithEveryExpressionCompiledOnce() {
        Spec spec = Fixtures.spec("diagram.viewpoint");
        DiagramDescription flow = (DiagramDescription) spec.description("flow");
        var step = flow.getDefaultLayer().getContainerMappings().get(0).getSubContainerMappings().get(0)
                .getSubNodeMappings().get(0);
        assertNotNull(spec.expression(step, ViewpointPackage.Literals.DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION));
        assertEquals(spec.expression(step, ViewpointPackage.Literals.DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION),
                spec.engine().compile("self.name"), "the engine's cache hands out the compiled expression");
        assertEquals(flow, spec.description("Flow"), "found by label too");
    }

    @Test
    void unknownDomainClassIsReportedAtItsLine() {
        List<SpecProblem> problems = problems(HEAD
                + "<nodeMappings name=\"n\" domainClass=\"Stepp\"/>\n" + TAIL);
        SpecProblem problem = only(problems);
        assertEquals(6, problem.line());
        assertEquals("v / d / default / n", problem.element());
        assertTrue(problem.message().contains("domainClass 'Stepp' is not a class"), problem.message());
        assertTrue(problem.toString().startsWith("bad.viewpoint:6: v / d / default / n: "), problem.toString());
    }

    @Test
    void unknownFeatureOnAPropertyPathIsReportedWithTheExpression() {
        SpecProblem problem = only(problems(HEAD
                + "<nodeMappings name=\"n\" domainClass=\"Step\" labelExpression=\"self.nam + '!'\"/>\n" + TAIL));
        assertEquals("self.nam + '!'", problem.expression());
        assertTrue(problem.message().contains("nam"), problem.message());
        assertTrue(problem.message().startsWith("labelExpression: "), problem.message());
    }

    @Test
    void syntaxErrorIsReportedOnLoadNotOnUse() {
        SpecProblem problem = only(problems(HEAD
                + "<nodeMappings name=\"n\" domainClass=\"Step\" precondition=\"self.emotion &lt; \"/>\n" + TAIL));
        assertEquals(6, problem.line());
        assertEquals("self.emotion < ", problem.expression());
        assertTrue(problem.message().startsWith("precondition: "), problem.message());
    }

    @Test
    void unknownServiceNamespaceDuplicateMappingsAndHalfEdgesAreReported() {
        String text = HEAD.replace("services=\"journey\"", "services=\"journey nosuch\"")
                + "<nodeMappings name=\"n\" domainClass=\"Step\"/>\n"
                + "<nodeMappings name=\"n\" domainClass=\"Stage\"/>\n"
                + "<edgeMappings name=\"e\"/>\n" + TAIL;
        List<String> messages = problems(text).stream().map(SpecProblem::message).toList();
        assertTrue(messages.contains("unknown service namespace 'nosuch'"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("mapping name 'n' is used twice")), messages.toString());
        assertTrue(messages.contains("an edge mapping needs source and target mappings"), messages.toString());
        assertTrue(messages.contains("a relation-based edge mapping needs a targetFinderExpression"), messages.toString());
    }

    @Test
    void aFileThatIsNotXmlOrHasADoctypeIsOneProblem() {
        SpecProblem junk = only(problems("this is not xml"));
        assertEquals("(file)", junk.element());
        SpecProblem doctype = only(problems("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<x>&e;</x>"));
        assertTrue(doctype.message().toLowerCase().contains("doctype"), doctype.message());
    }

    private static List<SpecProblem> problems(String text) {
        SpecException error = assertThrows(SpecException.class, () -> Fixtures.loader().load("bad.viewpoint",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        return error.getProblems();
    }

    private static SpecProblem only(List<SpecProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }
}
