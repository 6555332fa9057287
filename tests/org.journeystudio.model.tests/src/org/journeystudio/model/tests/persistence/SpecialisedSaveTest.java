package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.journeystudio.model.tests.ModelBuilder.persona;
import static org.journeystudio.model.tests.ModelBuilder.stage;
import static org.journeystudio.model.tests.ModelBuilder.step;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyKind;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.MetricValue;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.journeystudio.model.tests.persistence.XmiPaths.CountingResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specialised writer gives exactly the bytes EMF's generic XMI serializer gives, for every
 * template, the example map, generated maps and the edge cases of the format; what it does not
 * handle itself it leaves to EMF, which then writes (or refuses) as it always did.
 */
class SpecialisedSaveTest {

    @TempDir
    Path dir;

    /** Saves both ways; asserts equal bytes and that the specialised save did not use EMF's serializer. */
    private static byte[] assertSameBytes(CountingResource resource) throws IOException {
        byte[] generic = XmiPaths.save(resource, true);
        assertEquals(1, resource.genericSaves);
        byte[] specialised = XmiPaths.save(resource, false);
        assertEquals(1, resource.genericSaves, "the specialised writer handled the model");
        assertArrayEquals(generic, specialised, () -> firstDifference(generic, specialised));
        return specialised;
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        int i = 0;
        while (i < expected.length && i < actual.length && expected[i] == actual[i]) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "first difference at byte " + i + "\nEMF:         "
                + new String(expected, from, Math.min(expected.length, i + 80) - from, StandardCharsets.UTF_8)
                + "\nspecialised: " + new String(actual, from, Math.min(actual.length, i + 80) - from, StandardCharsets.UTF_8);
    }

    private CountingResource inResource(JourneyModel model) {
        CountingResource resource = XmiPaths.create(dir.resolve("model.journey"));
        resource.getContents().add(model);
        return resource;
    }

    static Stream<String> templates() {
        return JourneyTemplates.list().stream().map(JourneyTemplates.Template::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateIsWrittenAsEmfWritesIt(String name) throws IOException {
        Path file = dir.resolve(name + ".journey");
        try (InputStream in = JourneyTemplates.open(name)) {
            Files.copy(in, file);
        }
        byte[] saved = assertSameBytes(XmiPaths.load(file, true));
        assertArrayEquals(Files.readAllBytes(file), saved, "a shipped template is in EMF's format already");
        assertSameBytes(XmiPaths.load(file, false));
    }

    @Test
    void theExampleMapIsWrittenAsEmfWritesIt() throws IOException {
        Path example = XmiPaths.exampleMap();
        assertArrayEquals(Files.readAllBytes(example), assertSameBytes(XmiPaths.load(example, false)));
    }

    static Stream<Arguments> generatedMaps() {
        return Stream.of(Arguments.of(100, 1L), Arguments.of(1_000, LargeMapGenerator.DEFAULT_SEED),
                Arguments.of(5_000, 7L), Arguments.of(20_000, 42L));
    }

    @ParameterizedTest(name = "{0} elements, seed {1}")
    @MethodSource("generatedMaps")
    void generatedMapsAreWrittenAsEmfWritesThem(int elements, long seed) throws IOException {
        JourneyModel model = LargeMapGenerator.generate(elements, seed);
        model.eResource().getContents().clear();
        CountingResource resource = inResource(model);
        byte[] saved = assertSameBytes(resource);
        Path file = dir.resolve("generated.journey");
        Files.write(file, saved);
        assertArrayEquals(saved, assertSameBytes(XmiPaths.load(file, false)), "load then save is byte-identical");
    }

    @Test
    void edgeCasesAreWrittenAsEmfWritesThem() throws IOException {
        SampleMap map = new SampleMap();
        EdgeCases.addTo(map);
        assertSameBytes(inResource(map.model));
    }

    @Test
    void anEmptyModelIsWrittenAsEmfWritesIt() throws IOException {
        assertSameBytes(inResource(JourneyFactory.eINSTANCE.createJourneyModel()));
    }

    @Test
    void aReferenceIntoAnotherFileIsLeftToEmf() throws IOException {
        SampleMap map = new SampleMap();
        CountingResource resource = inResource(map.model);
        JourneyModel other = ModelBuilder.model("Other");
        Persona elsewhere = persona(other, "Elsewhere");
        Resource otherResource = resource.getResourceSet().createResource(URI.createFileURI(dir.resolve("o.journey").toString()));
        otherResource.getContents().add(other);
        map.current.setPersona(elsewhere);
        assertSameAsEmf(resource);
        assertTrue(new String(XmiPaths.save(resource, false), StandardCharsets.UTF_8).contains("href=\"o.journey#"));
    }

    @Test
    void anUnresolvableProxyIsLeftToEmf() throws IOException {
        SampleMap map = new SampleMap();
        map.pay.getNext().add(ModelBuilder.unresolvableStep("missing.journey#nowhere"));
        assertSameAsEmf(inResource(map.model));
    }

    @Test
    void aNullInAListOfTextsIsLeftToEmf() throws IOException {
        SampleMap map = new SampleMap();
        map.ann.getGoals().add("Pay once");
        map.ann.getGoals().add(null);
        CountingResource resource = inResource(map.model);
        assertSameAsEmf(resource);
        assertTrue(new String(XmiPaths.save(resource, false), StandardCharsets.UTF_8).contains("xsi:nil"));
    }

    /** Saves both ways; asserts equal bytes and that the specialised path handed the model to EMF. */
    private static void assertSameAsEmf(CountingResource resource) throws IOException {
        byte[] generic = XmiPaths.save(resource, true);
        byte[] specialised = XmiPaths.save(resource, false);
        assertEquals(2, resource.genericSaves, "left to EMF");
        assertArrayEquals(generic, specialised);
    }

    @Test
    void aReferenceToAnElementInNoResourceIsLeftToEmf() {
        SampleMap map = new SampleMap();
        CountingResource resource = inResource(map.model);
        map.pay.setOwner(JourneyFactory.eINSTANCE.createTeam());
        assertSameOutcome(resource);
    }

    @Test
    void aCharacterXmlCannotHoldFailsAsWithEmf() {
        SampleMap map = new SampleMap();
        map.ann.setQuote("bell \u0007");
        assertTrue(assertSameOutcome(inResource(map.model)).startsWith("failed"));
        map.ann.setQuote("half a pair \uD83D");
        assertTrue(assertSameOutcome(inResource(map.model)).startsWith("failed"));
        map.ann.setQuote("\uFFFE");
        assertTrue(assertSameOutcome(inResource(map.model)).startsWith("failed"));
        map.ann.setQuote(null);
        map.ann.getGoals().add("escape \u001B");
        assertTrue(assertSameOutcome(inResource(map.model)).startsWith("failed"));
    }

    /** Saves both ways: the same bytes, or the same failure. Returns what happened. */
    private static String assertSameOutcome(CountingResource resource) {
        String generic = outcome(resource, true);
        assertEquals(generic, outcome(resource, false));
        return generic;
    }

    private static String outcome(CountingResource resource, boolean generic) {
        try {
            return "saved " + new String(XmiPaths.save(resource, generic), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "failed " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void newElementsAreWrittenWithTheirNewIds() throws IOException {
        Path file = dir.resolve("new.journey");
        JourneyPersistence.save(ModelBuilder.inResource(new SampleMap().model, file));
        CountingResource loaded = XmiPaths.load(file, false);
        JourneyModel model = JourneyPersistence.modelOf(loaded);
        Stage added = stage(model.getJourneys().get(0), "Added");
        Step first = step(added, "First");
        first.getNext().add(model.getJourneys().get(0).getStages().get(0).getSteps().get(0));
        MetricValue value = JourneyFactory.eINSTANCE.createMetricValue();
        value.setMetric(model.getMetrics().get(0));
        first.getMetricValues().add(value);
        String text = new String(assertSameBytes(loaded), StandardCharsets.UTF_8);
        for (EObject element : new EObject[] {added, first, value}) {
            assertTrue(text.contains("xmi:id=\"" + loaded.getID(element) + "\""));
        }
    }

    @Test
    void defaultsAndUnsetValuesAreOmittedAsEmfOmitsThem() throws IOException {
        JourneyModel model = ModelBuilder.model("Defaults");
        Persona persona = persona(model, "P");
        persona.getGoals().add("g");
        persona.getGoals().clear();
        var journey = ModelBuilder.journey(model, "J", persona);
        journey.setKind(JourneyKind.CURRENT_STATE);
        Stage stage = stage(journey, "S");
        step(stage, "Unset emotion");
        Step zero = step(stage, "Zero emotion");
        zero.setEmotion(0);
        Step cleared = step(stage, "Cleared emotion");
        cleared.setEmotion(2);
        cleared.unsetEmotion();
        cleared.setMomentOfTruth(false);
        String text = new String(assertSameBytes(inResource(model)), StandardCharsets.UTF_8);
        assertEquals(1, text.split("emotion=", -1).length - 1, "only the step whose emotion is set to 0 has one");
        assertFalse(text.contains("kind=") || text.contains("momentOfTruth") || text.contains("goals"), text);
    }
}
