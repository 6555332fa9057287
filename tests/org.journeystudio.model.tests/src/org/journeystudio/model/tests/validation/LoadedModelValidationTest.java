package org.journeystudio.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.JourneyValidator;
import org.journeystudio.model.validation.Rule;
import org.journeystudio.model.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation of files as the command line sees them, and through plain EMF as the editor does. */
class LoadedModelValidationTest {

    @TempDir
    Path dir;

    @Test
    void aDanglingIdLoadsAndIsReportedWithItsLine() throws IOException {
        SampleMap map = new SampleMap();
        Path file = dir.resolve("dangling.journey");
        Resource resource = ModelBuilder.inResource(map.model, file);
        JourneyPersistence.save(resource);
        // Pay and Call both flow to Done; break Pay's reference only, so Done stays reachable.
        String doneReference = "next=\"" + resource.getURIFragment(map.done) + "\"";
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(doneReference), text);
        Files.writeString(file, text.replaceFirst(Pattern.quote(doneReference), "next=\"no-such-step\""),
                StandardCharsets.UTF_8);

        JourneyResource loaded = JourneyPersistence.load(file);
        List<JourneyDiagnostic> findings = JourneyValidation.validate(loaded);

        assertEquals(1, findings.size(), findings::toString);
        JourneyDiagnostic finding = findings.get(0);
        assertEquals("JM008", finding.code());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Journey 'Buy online' / Stage 'Purchase' / Step 'Pay'", finding.path());
        assertEquals("Step 'Pay' refers in 'next' to 'no-such-step', which is the id of no element in this file",
                finding.message());
        assertEquals(RuleViolationTest.lineOf(file, "no-such-step"), finding.line());
        assertEquals(file.toAbsolutePath().toString(), finding.file());
        assertTrue(finding.toString().startsWith(file.toAbsolutePath() + ":" + finding.line() + ": error JM008: "),
                finding.toString());
    }

    @Test
    void registeringTwiceKeepsOneValidator() {
        JourneyValidation.register();
        JourneyValidation.register();
        assertSame(JourneyValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(JourneyPackage.eINSTANCE));
    }

    @Test
    void plainEmfDiagnosticsCarryTheRule() {
        JourneyValidation.register();
        SampleMap map = new SampleMap();
        map.futurePay.getChannels().clear();

        Diagnostic result = Diagnostician.INSTANCE.validate(map.model);

        assertEquals(Diagnostic.ERROR, result.getSeverity());
        assertEquals(1, result.getChildren().size());
        Diagnostic child = result.getChildren().get(0);
        assertEquals(JourneyValidator.DIAGNOSTIC_SOURCE, child.getSource());
        assertEquals(3, child.getCode());
        assertEquals(Rule.JM003, Rule.of(child).orElseThrow());
        assertSame(map.futurePay, child.getData().get(0));
        assertEquals("JM003", child.getData().get(1));
        assertEquals("Touchpoint step 'Pay' has no channel", child.getMessage());
    }

    @Test
    void severitiesFollowTheTable() {
        for (Rule rule : Rule.values()) {
            Severity expected = rule.number() < 100 ? Severity.ERROR : rule.number() < 200 ? Severity.WARNING : Severity.INFO;
            assertEquals(expected, rule.severity(), rule.code());
            assertEquals(rule, Rule.ofNumber(rule.number()).orElseThrow());
        }
    }

    @Test
    void eachRunComputesModelFactsAfresh() {
        SampleMap map = new SampleMap();
        Resource resource = ModelBuilder.inResource(map.model, dir.resolve("twice.journey"));
        List<JourneyDiagnostic> before = JourneyValidation.validate(resource);
        map.compare.getNext().remove(map.pay);
        List<JourneyDiagnostic> after = JourneyValidation.validate(resource);
        assertNotSame(before, after);
        assertEquals(List.of(), before);
        assertEquals(List.of("JM105"), after.stream().map(JourneyDiagnostic::code).toList());
    }
}
