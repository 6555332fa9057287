package org.journeystudio.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.query.ElementPaths;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.Rule;
import org.journeystudio.model.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the table fires on a minimal defect, alone, with its code, severity, path and line. */
class RuleViolationTest {

    private static final String CASES = "org.journeystudio.model.tests.validation.RuleCases#violations";

    @TempDir
    Path dir;

    @Test
    void theCleanMapHasNoFindings() throws IOException {
        SampleMap map = new SampleMap();
        Resource resource = ModelBuilder.inResource(map.model, dir.resolve("clean.journey"));
        assertEquals(List.of(), JourneyValidation.validate(resource));
        JourneyPersistence.save(resource);
        assertEquals(List.of(), JourneyValidation.validate(JourneyPersistence.load(dir.resolve("clean.journey"))));
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = RuleCases.violations().map(arguments -> (String) arguments.get()[0])
                .collect(Collectors.toSet());
        Set<String> rules = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet());
        rules.remove(Rule.JM002.code()); // two siblings give two findings: see SiblingNameTest
        assertEquals(rules, covered);
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource(CASES)
    void firesOnTheModelInMemory(String code, Severity severity, String defect, Consumer<SampleMap> breaking, String path) {
        SampleMap map = new SampleMap();
        Resource resource = ModelBuilder.inResource(map.model, dir.resolve("memory.journey"));
        breaking.accept(map);

        JourneyDiagnostic finding = single(JourneyValidation.validate(resource));

        assertEquals(code, finding.code());
        assertEquals(severity, finding.severity());
        assertEquals(path, finding.path());
        assertEquals(path, ElementPaths.path(resource.getEObject(finding.elementId())));
        assertEquals(dir.resolve("memory.journey").toAbsolutePath().toString(), finding.file());
        assertEquals(0, finding.line(), "an element that was never loaded has no line");
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource(CASES)
    void firesOnTheLoadedFileWithTheElementsLine(String code, Severity severity, String defect,
            Consumer<SampleMap> breaking, String path) throws IOException {
        SampleMap map = new SampleMap();
        Path file = dir.resolve("loaded.journey");
        Resource saved = ModelBuilder.inResource(map.model, file);
        breaking.accept(map);
        JourneyPersistence.save(saved);

        JourneyResource loaded = JourneyPersistence.load(file);
        JourneyDiagnostic finding = single(JourneyValidation.validate(loaded));

        assertEquals(code, finding.code());
        assertEquals(severity, finding.severity());
        assertEquals(path, finding.path());
        assertEquals(file.toAbsolutePath().toString(), finding.file());
        EObject element = loaded.getEObject(finding.elementId());
        assertEquals(path, ElementPaths.path(element));
        int elementLine = lineOf(file, "xmi:id=\"" + finding.elementId() + "\"");
        if (finding.message().contains("outside this map")) {
            // A reference to another document is placed where the parser read it: the end of its start tag.
            assertTrue(finding.line() >= elementLine && finding.column() > 0, finding::toString);
        } else {
            assertEquals(elementLine, finding.line());
        }
    }

    private static JourneyDiagnostic single(List<JourneyDiagnostic> findings) {
        assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
        JourneyDiagnostic finding = findings.get(0);
        assertTrue(!finding.message().isBlank() && !finding.message().contains("\n"), finding.message());
        return finding;
    }

    /** The 1-based line of the file on which the text first occurs. */
    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
