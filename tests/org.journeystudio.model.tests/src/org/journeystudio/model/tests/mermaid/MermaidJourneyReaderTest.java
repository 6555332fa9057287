package org.journeystudio.model.tests.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.mermaid.MermaidJourneyReader;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.query.StepFlow;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading Mermaid user-journey diagrams: what each statement becomes, and what is refused with its line. */
class MermaidJourneyReaderTest {

    @TempDir
    Path dir;

    @Test
    void sectionsBecomeStagesAndTasksStepsWithEmotionsAndActors() throws Exception {
        JourneyModel model = read("""
                journey
                  title My working day
                  section Go to work
                    Make tea: 5: Me
                    Do work: 1: Me, Cat
                  section Go home
                    Sit down: 4: Cat
                """);

        assertEquals("My working day", model.getName());
        Journey journey = model.getJourneys().get(0);
        assertEquals("My working day", journey.getName());
        assertEquals(List.of("Me", "Cat"), names(model.getPersonas()));
        assertEquals("Me", journey.getPersona().getName(), "the first actor is the journey's persona");
        assertEquals(List.of("Go to work", "Go home"), names(journey.getStages()));
        List<Step> steps = StepFlow.steps(journey);
        assertEquals(List.of("Make tea", "Do work", "Sit down"), names(steps));
        assertEquals(List.of(2, -2, 1), steps.stream().map(Step::getEmotion).toList());
        assertEquals(List.of("Me", "Cat"), names(steps.get(1).getActors()));
        assertEquals(List.of("Cat"), names(steps.get(2).getActors()));
        assertValid(model);
    }

    @Test
    void scoresMapLinearlyOntoTheScaleRoundingHalvesAwayFromZero() throws Exception {
        StringBuilder text = new StringBuilder("journey\n  section S\n");
        String[] scores = {"1", "1.5", "2", "2.5", "3", "3.5", "4", "4.4", "4.5", "5"};
        for (int i = 0; i < scores.length; i++) {
            text.append("    T").append(i).append(": ").append(scores[i]).append('\n');
        }
        List<Step> steps = StepFlow.steps(read(text.toString()).getJourneys().get(0));

        assertEquals(List.of(-2, -2, -1, -1, 0, 1, 1, 1, 2, 2), steps.stream().map(Step::getEmotion).toList());
        assertTrue(steps.stream().allMatch(step -> step.getActors().isEmpty()), "no actors given, none made up");
    }

    @Test
    void tasksBeforeAnySectionGoToADefaultStageAndRepeatedNamesGetASuffix() throws Exception {
        JourneyModel model = read("""
                journey
                  Wake up: 2: Me
                  Wake up: 3: Me
                  section Tasks
                    Coffee: 4
                """);
        Journey journey = model.getJourneys().get(0);

        assertEquals(List.of(MermaidJourneyReader.DEFAULT_STAGE, MermaidJourneyReader.DEFAULT_STAGE + " (2)"),
                names(journey.getStages()));
        assertEquals(List.of("Wake up", "Wake up (2)"), names(journey.getStages().get(0).getSteps()));
        assertEquals("day", journey.getName(), "no title: the file's name");
        assertValid(model);
    }

    @Test
    void commentsKeywordCaseAccessibilityAndSeveralDiagrams() throws Exception {
        JourneyModel model = read("""
                %%{init: {"theme": "forest"}}%%
                JOURNEY
                  %% a comment line
                  accTitle: Morning
                  accDescr {
                    Two lines
                    of description }
                  Section Home # the rest is a comment
                    Titles to read: 3: Me   # a task, not a title: no space after the keyword

                journey
                  title Evening
                  accDescr: Back home
                  section Home
                    Sit down: 5: Me
                """);

        assertEquals(List.of("Morning", "Evening"), names(model.getJourneys()));
        Journey morning = model.getJourneys().get(0);
        assertEquals("Two lines\nof description", morning.getDescription());
        assertEquals(List.of("Home"), names(morning.getStages()));
        assertEquals(List.of("Titles to read"), names(morning.getStages().get(0).getSteps()));
        assertEquals("Back home", model.getJourneys().get(1).getDescription());
        assertEquals(1, model.getPersonas().size(), "one persona per actor name, shared by the journeys");
        assertEquals(model.getPersonas().get(0), model.getJourneys().get(1).getPersona());
        assertValid(model);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("", 1, "not a Mermaid journey diagram: no 'journey' header"),
                Arguments.of("sequenceDiagram\n", 1, "expected the 'journey' header, found 'sequenceDiagram'"),
                Arguments.of("journey\n  section S\n    T: 0: Me\n", 3, "score 0 of task 'T' is outside 1..5"),
                Arguments.of("journey\n  section S\n    T: 5.5\n", 3, "score 5.5 of task 'T' is outside 1..5"),
                Arguments.of("journey\n  section S\n    T: -1\n", 3, "score '-1' of task 'T' is not a number"),
                Arguments.of("journey\n  section S\n    T: 0x3\n", 3, "score '0x3' of task 'T' is not a number"),
                Arguments.of("journey\n  section S\n    T: 3: a: b\n", 3, "too many ':' in task 'T'"),
                Arguments.of("journey\n  section S\n    : 3: Me\n", 3, "a task needs a name before ':'"),
                Arguments.of("journey\n  section S\n    T: 3: Me,\n", 3, "empty actor name in task 'T'"),
                Arguments.of("journey\n  section S: x\n", 2, "a section name cannot contain ':'"),
                Arguments.of("journey\n  title\n", 2, "'title' needs a text after it"),
                Arguments.of("journey\n  section S\n    T: 3; U: 4\n", 3, "';' is not allowed"),
                Arguments.of("journey\n\n  journey planning\n", 3, "unexpected text after 'journey'"),
                Arguments.of("journey\n  accTitle { x }\n", 2, "accTitle takes a single line"),
                Arguments.of("journey\n  accDescr { x } y\n", 2, "unexpected text after the '}'"),
                Arguments.of("journey\n  section S\n  Make tea\n", 3, "unknown statement 'Make tea'; expected"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputIsRefusedWithItsLine(String text, int line, String reason) {
        JourneyLoadException failure = assertThrows(JourneyLoadException.class,
                () -> MermaidJourneyReader.read(text, "bad.mmd", "bad"));
        assertEquals(line, failure.getLine(), failure.getMessage());
        assertTrue(failure.getReason().contains(reason), failure.getMessage());
        assertTrue(failure.getMessage().startsWith(line == 0 ? "bad.mmd: " : "bad.mmd:" + line + ": "), failure.getMessage());
    }

    @Test
    void filesAreStrictUtf8AndNamedInMessages() throws Exception {
        Path file = dir.resolve("junk.mmd");
        Files.write(file, new byte[] {'j', 'o', 'u', 'r', 'n', 'e', 'y', '\n', ' ', (byte) 0xC3, '(', '\n'});
        JourneyLoadException failure = assertThrows(JourneyLoadException.class, () -> MermaidJourneyReader.read(file));
        assertEquals(2, failure.getLine());
        assertTrue(failure.getReason().contains("invalid UTF-8"), failure.getMessage());

        JourneyLoadException missing = assertThrows(JourneyLoadException.class,
                () -> MermaidJourneyReader.read(dir.resolve("none.mmd")));
        assertTrue(missing.getMessage().endsWith("none.mmd: cannot read: no such file"), missing.getMessage());

        Path bom = dir.resolve("with-bom.mmd");
        Files.writeString(bom, "\uFEFFjourney\n  section S\n    T: 3\n");
        JourneyModel model = MermaidJourneyReader.read(bom);
        assertEquals("with-bom", model.getJourneys().get(0).getName());
        assertNull(model.getJourneys().get(0).getPersona(), "no actor, no persona");
    }

    private static JourneyModel read(String text) throws JourneyLoadException {
        return MermaidJourneyReader.read(text, "day.mmd", "day");
    }

    private void assertValid(JourneyModel model) {
        ModelBuilder.inResource(model, dir.resolve("imported.journey"));
        assertEquals(List.of(), JourneyValidation.validate(model.eResource()).stream()
                .filter(d -> d.severity() == Severity.ERROR).toList());
    }

    private static List<String> names(List<? extends NamedElement> elements) {
        return elements.stream().map(NamedElement::getName).toList();
    }
}
