package org.journeystudio.viewpoint.tests.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.PainPoint;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.Severity;
import org.journeystudio.viewpoint.ViewpointPackage;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.SpecSource;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;
import org.journeystudio.viewpoint.rules.SpecRuleValidation;
import org.journeystudio.viewpoint.rules.SpecRuleValidator;
import org.journeystudio.viewpoint.spec.Spec;
import org.junit.jupiter.api.Test;

/** Validation rules written in a specification run beside the JM rules. */
class SpecRulesTest {

    private static LoadedSpec rules(String rules) {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<viewpoint:Group xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:viewpoint=\"http://www.journeystudio.org/viewpoint/1.0\" name=\"acme\">\n"
                + "<viewpoints name=\"acme\" services=\"journey\">\n" + rules + "</viewpoints>\n</viewpoint:Group>\n";
        return ViewpointRegistry.withBuiltIn().load("rules.viewpoint", SpecSource.FILE,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Spec example() {
        return ViewpointRegistry.withBuiltIn().load(Examples.file(Examples.MATRIX)).spec();
    }

    @Test
    void theTeamRulesReportTouchpointsWithoutOwnerAndUnaddressedSeverePains() throws Exception {
        JourneyResource map = Examples.map();
        JourneyModel model = Examples.model(map);
        long ownerless = model.getJourneys().stream().flatMap(j -> j.getStages().stream())
                .flatMap(s -> s.getSteps().stream())
                .filter(s -> s.getKind() == StepKind.TOUCHPOINT && s.getOwner() == null).count();
        model.getOpportunities().forEach(o -> o.getAddresses().clear());
        long severe = pains(model).stream().filter(p -> p.getSeverity() == 5).count();

        List<JourneyDiagnostic> findings = SpecRuleValidation.validate(map, List.of(example()));
        List<JourneyDiagnostic> team1 = findings.stream().filter(d -> d.code().equals("TEAM001")).toList();
        List<JourneyDiagnostic> team2 = findings.stream().filter(d -> d.code().equals("TEAM002")).toList();
        assertTrue(ownerless > 0 && severe > 0, "the example map has both cases");
        assertEquals(ownerless, team1.size());
        assertEquals(severe, team2.size());
        JourneyDiagnostic first = team1.get(0);
        assertEquals(Severity.WARNING, first.severity());
        assertTrue(first.message().startsWith("touchpoint “"), first.message());
        assertTrue(first.line() > 0 && first.path().contains("Step '"), first.toString());
        assertEquals(Severity.ERROR, team2.get(0).severity());
        assertTrue(findings.stream().anyMatch(d -> d.code().equals("JM103")), "the JM rules ran too");
    }

    @Test
    void whetherASpecificationHasRulesIsToldFromItsText() throws Exception {
        assertEquals(ViewpointPackage.Literals.VIEWPOINT__VALIDATION_RULES.getName(), JourneyViewpoint.RULES_FEATURE);
        // The built-in viewpoint: `journey validate` does not read it when the text says it has no rules.
        assertEquals(!SpecRuleValidation.rules(List.of(JourneyViewpoint.spec())).isEmpty(), JourneyViewpoint.definesRules());
        String withRules = "<viewpoints name=\"acme\"><validationRules id=\"X1\" domainClass=\"Step\""
                + " conditionExpression=\"true\" messageExpression=\"'m'\"/></viewpoints>";
        assertTrue(JourneyViewpoint.mentionsRules(withRules));
        assertFalse(JourneyViewpoint.mentionsRules(withRules.replace("<validationRules", "<representations")));
        assertEquals(1, SpecRuleValidation.rules(List.of(rules("<validationRules id=\"X1\" domainClass=\"Step\""
                + " conditionExpression=\"true\" messageExpression=\"'m'\"/>\n").spec())).size());
    }

    @Test
    void aFailingRuleIsReportedOnceAndValidationGoesOn() throws Exception {
        LoadedSpec spec = rules("<validationRules id=\"X1\" domainClass=\"Step\""
                + " conditionExpression=\"self.owner.name != ''\""
                + " messageExpression=\"'never'\"/>\n"
                + "<validationRules id=\"X2\" severity=\"INFO\" domainClass=\"PainPoint\" conditionExpression=\"false\""
                + " messageExpression=\"'pain ' + self.name\"/>\n");
        assertEquals(List.of(), spec.problems());
        JourneyResource map = Examples.map();
        long steps = countSteps(Examples.model(map));
        long pains = pains(Examples.model(map)).size();
        Examples.model(map).eAllContents().forEachRemaining(e -> {
            if (e instanceof Step step && step.getKind() == StepKind.TOUCHPOINT) {
                step.getChannels().clear();
            }
        });

        List<JourneyDiagnostic> findings = SpecRuleValidation.validate(map, List.of(spec.spec()));
        List<JourneyDiagnostic> x1 = findings.stream().filter(d -> d.code().equals("X1")).toList();
        assertTrue(steps > 1);
        List<JourneyDiagnostic> failures = x1.stream().filter(d -> d.message().contains("could not be checked")).toList();
        assertEquals(1, failures.size(), "reported once, not once per ownerless step: " + x1);
        assertTrue(failures.get(0).message().contains("its conditionExpression failed here"), failures.get(0).message());
        assertEquals(Severity.WARNING, failures.get(0).severity());
        assertEquals(pains, findings.stream().filter(d -> d.code().equals("X2")).count(), "the next rule still ran");
        assertTrue(findings.stream().anyMatch(d -> d.code().equals("JM003")), "the JM rules ran too");
    }

    @Test
    void theDiagnosticsHaveTheShapeOfTheJourneyValidators() throws Exception {
        JourneyResource map = Examples.map();
        Diagnostic diagnostic = SpecRuleValidation.diagnose(map, List.of(example()));
        Diagnostic team = diagnostic.getChildren().stream()
                .filter(d -> SpecRuleValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).findFirst().orElseThrow();
        assertTrue(team.getData().get(0) instanceof Step);
        assertEquals("TEAM001", team.getData().get(1));
        assertEquals(Diagnostic.WARNING, team.getSeverity());
    }

    @Test
    void ruleIdsNeedAPrefixOfTheAuthorsOwn() {
        String rule = "<validationRules id=\"%s\" domainClass=\"Step\" conditionExpression=\"true\""
                + " messageExpression=\"'m'\"/>\n";
        LoadedSpec loaded = rules(String.format(rule, "JM001") + String.format(rule, "jm12") + String.format(rule, "ACME1")
                + String.format(rule, "acme1") + String.format(rule, "9X")
                + "<validationRules id=\"B1\" domainClass=\"Stp\"/>\n");
        List<String> messages = loaded.problems().stream().map(p -> p.line() + " " + p.message()).toList();
        assertFalse(loaded.isUsable());
        assertTrue(messages.contains("4 id 'JM001' uses the prefix JM, which is reserved for the journey language's rules; "
                + "use a prefix of your own"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("5 id 'jm12' uses the prefix JM")), messages.toString());
        assertTrue(messages.contains("7 rule id 'acme1' is used twice"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("8 id '9X' is not a rule code")), messages.toString());
        assertTrue(messages.contains("9 domainClass 'Stp' is not a class of the target metamodel"), messages.toString());
        assertTrue(messages.contains("9 conditionExpression is missing"), messages.toString());
        assertTrue(messages.contains("9 messageExpression is missing"), messages.toString());
    }

    private static long countSteps(JourneyModel model) {
        return model.getJourneys().stream().flatMap(j -> j.getStages().stream()).mapToLong(s -> s.getSteps().size()).sum();
    }

    private static List<PainPoint> pains(JourneyModel model) {
        return model.getJourneys().stream().flatMap(j -> j.getStages().stream()).flatMap(s -> s.getSteps().stream())
                .flatMap(s -> s.getPainPoints().stream()).toList();
    }
}
