package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.mermaid.MermaidJourneyWriter;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey import} and {@code journey export --format mermaid} end to end in a plain JVM. */
class MermaidCommandTest {

    /** In the style of the example of Mermaid's user-journey documentation. */
    static final String WORKING_DAY = """
            %% My working day, as in the Mermaid documentation
            journey
                title My working day
                accDescr: A day at the office, from the first tea to the sofa
                section Go to work
                  Make tea: 5: Me
                  Go upstairs: 3: Me
                  Do work: 1: Me, Cat
                section Go home
                  Go downstairs: 5: Me
                  Sit down: 5: Me
            """;

    private static final String TASK_LINE = " {6}[^:]+: [1-5](: [^:,]+(, [^:,]+)*)?";

    @TempDir
    Path dir;

    @Test
    void importsTheWorkingDayExampleAsAValidMapWithFreshIds() throws Exception {
        Files.writeString(dir.resolve("day.mmd"), WORKING_DAY, StandardCharsets.UTF_8);
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "import", "day.mmd");

        assertEquals(0, result.exitCode(), result.err());
        Resource resource = JourneyPersistence.load(dir.resolve("day.journey"));
        assertTrue(errors(resource).isEmpty(), errors(resource).toString());
        Journey journey = JourneyPersistence.modelOf(resource).getJourneys().get(0);
        assertEquals("My working day", journey.getName());
        assertEquals("A day at the office, from the first tea to the sofa", journey.getDescription());
        assertEquals("Me", journey.getPersona().getName());
        assertEquals(List.of("Go to work", "Go home"), names(journey.getStages()));
        Map<String, Integer> emotions = new LinkedHashMap<>();
        for (Stage stage : journey.getStages()) {
            for (Step step : stage.getSteps()) {
                emotions.put(step.getName(), step.getEmotion());
                assertEquals(StepKind.ACTION, step.getKind());
            }
        }
        assertEquals(Map.of("Make tea", 2, "Go upstairs", 0, "Do work", -2, "Go downstairs", 2, "Sit down", 2), emotions);
        assertEquals(List.of("Me", "Cat"), names(journey.getStages().get(0).getSteps().get(2).getActors()));

        PlainJvm.Result again = PlainJvm.journey(dir, List.of(), "import", "day.mmd", "--output", "again.journey");
        assertEquals(0, again.exitCode(), again.err());
        Set<String> first = ids(resource);
        Set<String> second = ids(JourneyPersistence.load(dir.resolve("again.journey")));
        assertEquals(first.size(), second.size());
        assertTrue(first.stream().allMatch(id -> id.matches("_[A-Za-z0-9_-]{22}")), first.toString());
        assertTrue(first.stream().noneMatch(second::contains), "every import gets fresh UUIDs");
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Files.writeString(dir.resolve("day.mmd"), WORKING_DAY, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("day.journey"), "keep");

        PlainJvm.Result refused = PlainJvm.journey(dir, List.of(), "import", "day.mmd");
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("use --force"), refused.err());
        assertEquals("keep", Files.readString(dir.resolve("day.journey")));

        PlainJvm.Result forced = PlainJvm.journey(dir, List.of(), "import", "day.mmd", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals("My working day", JourneyPersistence.modelOf(JourneyPersistence.load(dir.resolve("day.journey")))
                .getName());
    }

    @Test
    void badInputGivesOneLineWithFileAndLineAndExitCode3() throws Exception {
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put("flowchart LR\n  A --> B\n", ":1: not a Mermaid journey diagram: expected the 'journey' header");
        corpus.put("journey\n  title T\n  section S\n    Task: 7: Me\n", ":4: score 7 of task 'Task' is outside 1..5");
        corpus.put("journey\n  section S\n    Task: high: Me\n", ":3: score 'high' of task 'Task' is not a number");
        corpus.put("journey\n  title T\n  sectoin S\n", ":3: unknown statement 'sectoin S'");
        corpus.put("%% comment\n\njourney\n  section S\n    Task: 3: Me, , Cat\n", ":5: empty actor name in task 'Task'");
        corpus.put("journey\n  section S\n    Task:\n", ":3: task 'Task' has no score");
        corpus.put("journey\n  accDescr {\n  never closed\n", ":2: 'accDescr {' is never closed");
        corpus.put("\n%% only a comment\n", ":1: not a Mermaid journey diagram: no 'journey' header");
        int n = 0;
        for (Map.Entry<String, String> bad : corpus.entrySet()) {
            String file = "bad" + ++n + ".mmd";
            Files.writeString(dir.resolve(file), bad.getKey(), StandardCharsets.UTF_8);
            PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "import", file);

            assertEquals(3, result.exitCode(), file + ": " + result.err());
            assertEquals(1, result.err().strip().lines().count(), "one line: " + result.err());
            assertTrue(result.err().startsWith("journey: " + file + bad.getValue()), result.err());
            assertFalse(Files.exists(dir.resolve("bad" + n + ".journey")), "nothing written for " + file);
        }
    }

    @Test
    void everyTemplateExportsToMermaidAndImportsBackWithNamesEmotionsAndActors() throws Exception {
        for (JourneyTemplates.Template template : JourneyTemplates.list()) {
            Path map = dir.resolve(template.name() + ".journey");
            JourneyTemplates.instantiate(template.name(), map);
            PlainJvm.Result exported = PlainJvm.journey(dir, List.of(), "export", map.getFileName().toString(),
                    "--format", "mermaid", "--output", template.name() + ".mmd");
            assertEquals(0, exported.exitCode(), exported.err());
            JourneyModel original = JourneyPersistence.modelOf(JourneyPersistence.load(map));
            checkMermaidText(Files.readString(dir.resolve(template.name() + ".mmd"), StandardCharsets.UTF_8), original);

            PlainJvm.Result imported = PlainJvm.journey(dir, List.of(), "import", template.name() + ".mmd",
                    "--output", template.name() + "-back.journey");
            assertEquals(0, imported.exitCode(), imported.err());
            Resource back = JourneyPersistence.load(dir.resolve(template.name() + "-back.journey"));
            assertTrue(errors(back).isEmpty(), template.name() + ": " + errors(back));
            checkRoundTrip(original, JourneyPersistence.modelOf(back));
        }
    }

    private static void checkMermaidText(String text, JourneyModel model) {
        assertEquals(model.getJourneys().size(), text.lines().filter("journey"::equals).count());
        assertTrue(text.startsWith("journey\n"), text);
        for (String line : text.lines().toList()) {
            assertTrue(line.isEmpty() || line.equals("journey") || line.matches(" {4}(title|section|accDescr:) .+")
                    || line.matches(TASK_LINE), "a Mermaid journey statement: '" + line + "'");
        }
    }

    private static void checkRoundTrip(JourneyModel original, JourneyModel back) {
        assertEquals(original.getJourneys().size(), back.getJourneys().size());
        int scale = original.getEmotionScale().getMax() - original.getEmotionScale().getMin();
        for (int j = 0; j < original.getJourneys().size(); j++) {
            Journey journey = original.getJourneys().get(j);
            Journey copy = back.getJourneys().get(j);
            assertEquals(MermaidJourneyWriter.text(journey.getName()), copy.getName());
            assertEquals(written(journey.getStages()), names(copy.getStages()));
            for (int s = 0; s < journey.getStages().size(); s++) {
                List<Step> steps = journey.getStages().get(s).getSteps();
                List<Step> copies = copy.getStages().get(s).getSteps();
                assertEquals(written(steps), names(copies));
                for (int i = 0; i < steps.size(); i++) {
                    Step step = steps.get(i);
                    int emotion = step.isSetEmotion() ? step.getEmotion() : 0;
                    assertTrue(Math.abs(emotion - copies.get(i).getEmotion()) * 8 <= scale, "emotion within rounding: "
                            + step.getName());
                    assertEquals(MermaidJourneyWriter.actors(step, journey), names(copies.get(i).getActors()),
                            step.getName());
                }
            }
        }
    }

    @Test
    void exportsOneJourneyByNameAndRejectsAnUnknownName() throws Exception {
        JourneyTemplates.instantiate("invoice-payment", dir.resolve("invoice.journey"));
        PlainJvm.Result one = PlainJvm.journey(dir, List.of(), "export", "invoice.journey", "--format", "mermaid",
                "--journey", "Pay an invoice tomorrow");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(1, one.out().lines().filter("journey"::equals).count(), one.out());
        assertTrue(one.out().contains("    title Pay an invoice tomorrow\n"), one.out());

        PlainJvm.Result unknown = PlainJvm.journey(dir, List.of(), "export", "invoice.journey", "--format", "mermaid",
                "--journey", "Pay later");
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("no journey named 'Pay later'") && unknown.err().contains("'Pay an invoice today'"),
                unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void helpTextsDescribeOptionsMappingAndExitCodes() throws Exception {
        String stats = help("stats");
        for (String expected : List.of("--format", "--output", "text, json", "journey-studio-stats/1", "emotionScale",
                "counts", "stepsByKind", "supportActionsByLane", "journeys[]", "lowest and highest", "topPainPoints[]",
                "channels[]", "unusedChannels[]", "opportunitiesByStatus", "momentsOfTruth[]", "+1 0 -2 · +1",
                "Exit codes", "3 FILE cannot be read")) {
            assertTrue(stats.contains(expected), expected + " in\n" + stats);
        }
        String importing = help("import");
        for (String expected : List.of("--output", "--force", "title TEXT", "section NAME", "accTitle", "accDescr",
                "Task name: SCORE: A, B", "1 -> -2", "3 -> 0", "5 -> +2", "%% ...", "'Tasks'", "FILE:LINE: reason",
                "exit code 3", "fresh UUID", "Exit codes", "2 bad usage, or the output exists")) {
            assertTrue(importing.contains(expected), expected + " in\n" + importing);
        }
        String export = help("export");
        for (String expected : List.of("mermaid", "--journey", "gets 3", "U+2236")) {
            assertTrue(export.contains(expected), expected + " in\n" + export);
        }
        String root = help(null);
        assertTrue(root.contains("stats") && root.contains("import"), root);
    }

    private String help(String command) throws Exception {
        PlainJvm.Result result = command == null ? PlainJvm.journey(dir, List.of(), "--help")
                : PlainJvm.journey(dir, List.of(), command, "--help");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().lines().allMatch(line -> line.length() <= 80), "fits 80 columns:\n" + result.out());
        // Words, not line breaks: picocli wraps paragraphs at the terminal width.
        return result.out().replaceAll("\\s+", " ");
    }

    private static List<JourneyDiagnostic> errors(Resource resource) {
        return JourneyValidation.validate(resource).stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    private static Set<String> ids(Resource resource) {
        Set<String> ids = new HashSet<>();
        List<EObject> all = new ArrayList<>();
        resource.getAllContents().forEachRemaining(all::add);
        for (EObject element : all) {
            assertTrue(ids.add(resource.getURIFragment(element)), "ids are unique");
        }
        return ids;
    }

    private static List<String> names(List<? extends NamedElement> elements) {
        return elements.stream().map(NamedElement::getName).toList();
    }

    private static List<String> written(List<? extends NamedElement> elements) {
        return elements.stream().map(e -> MermaidJourneyWriter.text(e.getName())).toList();
    }
}
