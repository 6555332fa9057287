package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a large map keeps every element's id and line, whether or not the input tells its
 * size up front (the tables sized from it must also grow correctly), and elements attached
 * after loading, with or without contents of their own, still get their ids.
 */
class LargeMapLoadTest {

    private static final int ELEMENTS = 5_000;

    @TempDir
    static Path dir;

    private static Path file;
    private static Map<String, Integer> lineById;

    @BeforeAll
    static void writeMap() throws IOException {
        file = dir.resolve("large.journey");
        JourneyPersistence.save(LargeMapGenerator.generate(ELEMENTS, LargeMapGenerator.DEFAULT_SEED).eResource(), file);
        lineById = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i).indexOf("xmi:id=\"");
            if (start >= 0) {
                int from = start + "xmi:id=\"".length();
                lineById.put(lines.get(i).substring(from, lines.get(i).indexOf('"', from)), i + 1);
            }
        }
        assertEquals(ELEMENTS, lineById.size());
    }

    @Test
    void everyElementKnowsItsIdAndLine() throws IOException {
        assertIdsAndLines(JourneyPersistence.load(file));
    }

    @Test
    void idsAndLinesAreKeptWhenTheInputHidesItsSize() throws IOException {
        ResourceSet set = JourneyPersistence.newResourceSet();
        JourneyResource resource = (JourneyResource) set.createResource(URI.createFileURI(file.toString()));
        try (InputStream in = new SizeHidingStream(Files.newInputStream(file))) {
            resource.load(in, set.getLoadOptions());
        }
        assertIdsAndLines(resource);
    }

    private static void assertIdsAndLines(JourneyResource resource) {
        int count = 0;
        for (var contents = resource.getAllContents(); contents.hasNext(); count++) {
            EObject element = contents.next();
            String id = resource.getID(element);
            assertNotNull(id);
            assertSame(element, resource.getEObject(id));
            assertEquals(lineById.get(id), resource.getLine(element), id);
        }
        assertEquals(ELEMENTS, count);
        assertTrue(resource.getUnresolvedReferences().isEmpty());
    }

    @Test
    void elementsAttachedAfterLoadingGetIds() throws IOException {
        JourneyResource resource = JourneyPersistence.load(file);
        Journey journey = JourneyPersistence.modelOf(resource).getJourneys().get(0);
        Stage stage = JourneyFactory.eINSTANCE.createStage();
        stage.setName("Added with contents");
        Step first = JourneyFactory.eINSTANCE.createStep();
        Step second = JourneyFactory.eINSTANCE.createStep();
        stage.getSteps().add(first);
        stage.getSteps().add(second);
        journey.getStages().add(stage);
        Set<String> ids = new HashSet<>();
        for (EObject added : List.of(stage, first, second)) {
            String id = resource.getID(added);
            assertNotNull(id);
            assertTrue(ids.add(id));
            assertSame(added, resource.getEObject(id));
            assertEquals(0, resource.getLine(added));
        }
    }

    /** A stream that, like many non-file streams, does not say how much it holds. */
    private static final class SizeHidingStream extends FilterInputStream {

        SizeHidingStream(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            return 0;
        }
    }
}
