package org.journeystudio.viewpoint.tests.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.viewpoint.expression.ExpressionEngine;
import org.journeystudio.viewpoint.expression.ServiceRegistry;
import org.journeystudio.viewpoint.services.JourneyServices;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.spec.SpecException;
import org.journeystudio.viewpoint.spec.SpecLoader;
import org.journeystudio.viewpoint.spec.SpecProblem;
import org.junit.jupiter.api.Test;

/** Loading a specification checks tool expressions against the variables each tool and operation binds. */
class ToolSpecCheckTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<viewpoint:Group xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:viewpoint=\"http://www.journeystudio.org/viewpoint/1.0\" name=\"g\">\n"
            + "<viewpoints name=\"v\"><representations xsi:type=\"viewpoint:DiagramDescription\" name=\"d\""
            + " domainClass=\"Journey\"><defaultLayer name=\"default\">\n"
            + "<containerMappings xmi:id=\"stage\" name=\"stage\" domainClass=\"Stage\" semanticCandidates=\"self.stages\"/>\n";
    private static final String TAIL = "</defaultLayer></representations></viewpoints></viewpoint:Group>\n";

    private static Spec load(String tools) throws SpecException {
        ExpressionEngine engine = new ExpressionEngine(JourneyServices.registerIn(new ServiceRegistry()));
        byte[] text = (HEAD + tools + TAIL).getBytes(StandardCharsets.UTF_8);
        return new SpecLoader(engine, List.of(JourneyPackage.eINSTANCE)).load("inline", new ByteArrayInputStream(text));
    }

    private static List<String> problems(String tools) {
        SpecException e = assertThrows(SpecException.class, () -> load(tools));
        return e.getProblems().stream().map(SpecProblem::toString).toList();
    }

    @Test
    void toolAndOperationVariablesAreKnown() throws SpecException {
        load("<tools xsi:type=\"viewpoint:NodeCreationTool\" name=\"t\" mappings=\"stage\" precondition=\"container != null\">"
                + "<operations xsi:type=\"viewpoint:CreateInstance\" typeName=\"Stage\" referenceName=\"stages\""
                + " variableName=\"s\">"
                + "<subOperations xsi:type=\"viewpoint:ForEach\" expression=\"containerView.children\" iteratorName=\"v\">"
                + "<subOperations xsi:type=\"viewpoint:Let\" variableName=\"n\" valueExpression=\"s.name\">"
                + "<subOperations xsi:type=\"viewpoint:SetValue\" featureName=\"goal\" valueExpression=\"n + v.label\"/>"
                + "</subOperations></subOperations></operations></tools>"
                + "<tools xsi:type=\"viewpoint:DirectEditTool\" name=\"e\" mappings=\"stage\" editMask=\"{0}: {1}\">"
                + "<operations xsi:type=\"viewpoint:SetValue\" featureName=\"goal\" valueExpression=\"arg1 + view.label\"/>"
                + "</tools>");
    }

    @Test
    void variablesOutsideTheirScopeAreReported() {
        List<String> problems = problems("<tools xsi:type=\"viewpoint:DoubleClickTool\" name=\"t\" mappings=\"stage\">"
                + "<operations xsi:type=\"viewpoint:Let\" variableName=\"n\" valueExpression=\"1\"/>"
                + "<operations xsi:type=\"viewpoint:SetValue\" featureName=\"goal\" valueExpression=\"n + container\"/>"
                + "</tools>");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("unknown variable 'n'"), problems.toString());
        assertTrue(problems.get(1).contains("unknown variable 'container'"), problems.toString());
    }

    @Test
    void questionsBindTheirAnswersAndTheirCandidatesAreChecked() throws SpecException {
        load("<tools xsi:type=\"viewpoint:NodeCreationTool\" name=\"t\" mappings=\"stage\">"
                + "<variables name=\"teams\" candidatesExpression=\"container.stages\" newElementLabel=\"New\"/>"
                + "<operations xsi:type=\"viewpoint:SetValue\" featureName=\"goal\""
                + " valueExpression=\"teamsName + size(teams)\"/>"
                + "</tools>"
                + "<tools xsi:type=\"viewpoint:DropTool\" name=\"d\" mappings=\"stage\">"
                + "<operations xsi:type=\"viewpoint:SetValue\" featureName=\"goal\""
                + " valueExpression=\"elementView.label + level\"/>"
                + "</tools>");
        List<String> problems = problems("<tools xsi:type=\"viewpoint:NodeCreationTool\" name=\"t\" mappings=\"stage\">"
                + "<variables name=\"teams\" candidatesExpression=\"undefinedThing.teams\"/>"
                + "</tools>");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("unknown variable 'undefinedThing'"), problems.toString());
    }

    @Test
    void createdInstancesAreTyped() {
        List<String> problems = problems("<tools xsi:type=\"viewpoint:DoubleClickTool\" name=\"t\">"
                + "<operations xsi:type=\"viewpoint:CreateInstance\" typeName=\"Stage\" referenceName=\"stages\">"
                + "<subOperations xsi:type=\"viewpoint:SetValue\" featureName=\"goal\" valueExpression=\"instance.persona\"/>"
                + "</operations></tools>");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Stage has no feature 'persona'"), problems.toString());
    }
}
