package org.journeystudio.model.tests.mermaid;

import static org.journeystudio.model.tests.ModelBuilder.journey;
import static org.journeystudio.model.tests.ModelBuilder.model;
import static org.journeystudio.model.tests.ModelBuilder.persona;
import static org.journeystudio.model.tests.ModelBuilder.stage;
import static org.journeystudio.model.tests.ModelBuilder.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.mermaid.MermaidJourneyReader;
import org.journeystudio.model.mermaid.MermaidJourneyWriter;
import org.journeystudio.model.mermaid.MermaidScores;
import org.journeystudio.model.query.StepFlow;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;

/** Writing Mermaid user-journey diagrams, and reading them back. */
class MermaidJourneyWriterTest {

    @Test
    void writesOneDiagramPerJourneyWithScoresAndActors() throws Exception {
        SampleMap map = new SampleMap();
        map.compare.unsetEmotion();
        map.current.setDescription("Buying\nonline");

        assertEquals("""
                journey
                    title Buy online
                    accDescr: Buying online
                    section Consider
                      Browse: 4: Ann
                      Compare: 3: Ann
                    section Purchase
                      Pay: 2: Ann
                      Call: 1: Ann
                      Done: 5: Ann

                journey
                    title Buy online tomorrow
                    section Purchase
                      Pay: 3: Ann
                """, write(map.model.getJourneys()));
    }

    @Test
    void syntaxCharactersAreReplacedAndKeywordLikeNamesGuarded() throws Exception {
        JourneyModel model = model("Tricky");
        Persona ann = persona(model, "Ann, the buyer");
        Persona bob = persona(model, "Bob");
        Journey journey = journey(model, "Ratio 1:2 # one; two", ann);
        Stage stage = stage(journey, "Pay: now");
        String[] names = {"Section review", "title deeds", "%% done", "Journey planning", "accDescr check", "Go\nhome"};
        for (String name : names) {
            step(stage, name).setEmotion(0);
        }
        stage.getSteps().get(0).getActors().add(bob);
        String text = write(List.of(journey));

        assertEquals("    title Ratio 1\u22362 \uFF03 one\uFF1B two", text.lines().toList().get(1));
        assertEquals("    section Pay\u2236 now", text.lines().toList().get(2));
        assertEquals("      \u2060Section review: 3: Ann\u201A the buyer, Bob", text.lines().toList().get(3));
        Journey back = MermaidJourneyReader.read(text, "t.mmd", "t").getJourneys().get(0);
        assertEquals(MermaidJourneyWriter.text(journey.getName()), back.getName());
        assertEquals(List.of("Pay\u2236 now"), names(back.getStages()));
        assertEquals(List.of("Section review", "title deeds", "%% done", "Journey planning", "accDescr check", "Go home"),
                names(back.getStages().get(0).getSteps()), "keyword-like names come back as steps");
        assertEquals(List.of("Ann\u201A the buyer", "Bob"), names(back.getStages().get(0).getSteps().get(0).getActors()));
        assertEquals("Ann\u201A the buyer", back.getPersona().getName());
    }

    @Test
    void readingWhatWasWrittenKeepsStructureEmotionsAndActors() throws Exception {
        SampleMap map = new SampleMap();
        JourneyModel back = MermaidJourneyReader.read(write(map.model.getJourneys()), "s.mmd", "s");

        assertEquals(names(map.model.getJourneys()), names(back.getJourneys()));
        for (int j = 0; j < back.getJourneys().size(); j++) {
            Journey original = map.model.getJourneys().get(j);
            Journey copy = back.getJourneys().get(j);
            assertEquals(names(original.getStages()), names(copy.getStages()));
            List<Step> steps = StepFlow.steps(original);
            List<Step> copies = StepFlow.steps(copy);
            assertEquals(names(steps), names(copies));
            for (int i = 0; i < steps.size(); i++) {
                assertEquals(steps.get(i).isSetEmotion() ? steps.get(i).getEmotion() : 0, copies.get(i).getEmotion());
                assertEquals(MermaidJourneyWriter.actors(steps.get(i), original), names(copies.get(i).getActors()));
            }
        }
        assertEquals(write(back.getJourneys()), write(map.model.getJourneys()), "a second round changes nothing");
    }

    @Test
    void scoresAndEmotionsMapOntoEachOtherOnAnyScale() {
        for (int score = MermaidScores.LOWEST; score <= MermaidScores.HIGHEST; score++) {
            assertEquals(score, MermaidScores.toScore(MermaidScores.toEmotion(score, -2, 2), -2, 2));
            assertEquals(score, MermaidScores.toScore(MermaidScores.toEmotion(score, -10, 10), -10, 10));
        }
        assertEquals(List.of(1, 2, 2, 3, 4, 4, 5), List.of(-3, -2, -1, 0, 1, 2, 3).stream()
                .map(emotion -> MermaidScores.toScore(emotion, -3, 3)).toList());
        assertEquals(5, MermaidScores.toScore(9, -2, 2), "clamped to 1..5");
        assertEquals(MermaidScores.UNASSESSED, MermaidScores.toScore(0, 2, 2), "a broken scale");
    }

    private static String write(List<Journey> journeys) throws IOException {
        StringWriter out = new StringWriter();
        MermaidJourneyWriter.write(journeys, out);
        return out.toString();
    }

    private static List<String> names(List<? extends NamedElement> elements) {
        return elements.stream().map(NamedElement::getName).toList();
    }
}
