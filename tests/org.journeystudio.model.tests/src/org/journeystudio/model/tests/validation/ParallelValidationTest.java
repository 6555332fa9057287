package org.journeystudio.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.journey.StepKind;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language's rules on several threads ({@link JourneyValidation#validate(org.eclipse.emf.ecore.resource.Resource, int)})
 * find exactly what they find on one, in the same order, on a large map with problems of every
 * kind spread over it, and on one whose references leave the file.
 */
class ParallelValidationTest {

    private static final int ELEMENTS = 40_000;

    @TempDir
    Path dir;

    @Test
    void severalThreadsFindWhatOneFindsInTheSameOrder() throws IOException {
        JourneyModel model = LargeMapGenerator.generate(ELEMENTS, LargeMapGenerator.DEFAULT_SEED);
        spoil(model);
        Path file = dir.resolve("spoilt.journey");
        JourneyPersistence.save(model.eResource(), file);
        replaceFirst(file, " owner=\"", " owner=\"_no-such-team");
        JourneyResource loaded = JourneyPersistence.load(file);

        List<JourneyDiagnostic> alone = JourneyValidation.validate(loaded);
        Map<String, Integer> codes = countByCode(alone);
        for (String code : List.of("JM001", "JM002", "JM003", "JM004", "JM008", "JM102", "JM105", "JM201")) {
            assertTrue(codes.containsKey(code), () -> code + " is among the findings: " + codes);
        }
        assertEquals(alone, JourneyValidation.validate(loaded, 2));
        assertEquals(alone, JourneyValidation.validate(loaded, 4));
        assertEquals(alone, JourneyValidation.validate(JourneyPersistence.load(file), 2), "on a freshly loaded copy");
    }

    @Test
    void referencesToAnotherFileGiveTheSameFindingsOnSeveralThreads() throws IOException {
        JourneyModel model = LargeMapGenerator.generate(ELEMENTS, LargeMapGenerator.DEFAULT_SEED);
        Path file = dir.resolve("outside.journey");
        JourneyPersistence.save(model.eResource(), file);
        replaceFirst(file, " next=\"", " next=\"other.journey#_elsewhere ");
        JourneyResource loaded = JourneyPersistence.load(file);

        List<JourneyDiagnostic> alone = JourneyValidation.validate(loaded);
        assertTrue(countByCode(alone).containsKey("JM008"), alone::toString);
        assertEquals(alone, JourneyValidation.validate(JourneyPersistence.load(file), 2));
    }

    /** Puts the replacement in place of the first occurrence of the text in the file. */
    private static void replaceFirst(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int at = content.indexOf(text);
        assertTrue(at > 0, () -> file + " holds " + text);
        Files.writeString(file, content.substring(0, at) + replacement + content.substring(at + text.length()),
                StandardCharsets.UTF_8);
    }

    /** Problems of every kind, spread over the whole map so that every thread meets some. */
    private static void spoil(JourneyModel model) {
        List<EObject> elements = new ArrayList<>();
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            elements.add(it.next());
        }
        int named = 0;
        int steps = 0;
        for (EObject element : elements) {
            if (element instanceof NamedElement namedElement && ++named % 97 == 0) {
                namedElement.setName(named % 2 == 0 ? " " : "Same");
            }
            if (element instanceof Step step && ++steps % 53 == 0) {
                spoil(step, steps);
            }
            if (element instanceof Stage stage && stage.getSteps().size() > 1 && named % 13 == 0) {
                stage.getSteps().get(1).setName(stage.getSteps().get(0).getName());
            }
        }
        Stage empty = JourneyFactory.eINSTANCE.createStage();
        empty.setName("Nothing here yet");
        model.getJourneys().get(model.getJourneys().size() / 2).getStages().add(empty);
        model.getPersonas().add(JourneyFactory.eINSTANCE.createPersona());
        model.getPersonas().get(model.getPersonas().size() - 1).setName("Nobody's persona");
    }

    private static void spoil(Step step, int index) {
        switch (index % 3) {
            case 0 -> step.setEmotion(99);
            case 1 -> {
                step.setKind(StepKind.TOUCHPOINT);
                step.getChannels().clear();
            }
            default -> {
                // A step that flows nowhere and that nothing flows to, in the middle of its stage.
                step.getNext().clear();
                Step unreachable = JourneyFactory.eINSTANCE.createStep();
                unreachable.setName("Side road " + index);
                Stage stage = (Stage) step.eContainer();
                stage.getSteps().add(unreachable);
                step.getNext().add(stage.getSteps().get(0));
            }
        }
    }

    private static Map<String, Integer> countByCode(List<JourneyDiagnostic> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JourneyDiagnostic finding : findings) {
            counts.merge(finding.code(), 1, Integer::sum);
        }
        return counts;
    }
}
