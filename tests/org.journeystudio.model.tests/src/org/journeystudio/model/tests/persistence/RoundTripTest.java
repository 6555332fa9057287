package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.journeystudio.model.tests.ModelBuilder.persona;
import static org.journeystudio.model.tests.ModelBuilder.step;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.query.ElementPaths;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving is deterministic and loading keeps everything: bytes, ids and non-ASCII text. */
class RoundTripTest {

    @TempDir
    Path dir;

    private Path saveSample(String name) throws IOException {
        Path file = dir.resolve(name);
        JourneyPersistence.save(ModelBuilder.inResource(new SampleMap().model, file));
        return file;
    }

    @Test
    void saveLoadSaveIsByteIdentical() throws IOException {
        Path first = saveSample("first.journey");
        JourneyResource loaded = JourneyPersistence.load(first);
        Path second = dir.resolve("second.journey");
        JourneyPersistence.save(loaded, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertArrayEquals(Files.readAllBytes(first), JourneyPersistence.toBytes(JourneyPersistence.load(second)));
    }

    @Test
    void theSameModelGivesTheSameBytes() throws IOException {
        Resource resource = ModelBuilder.inResource(new SampleMap().model, dir.resolve("same.journey"));
        assertArrayEquals(JourneyPersistence.toBytes(resource), JourneyPersistence.toBytes(resource));
        JourneyPersistence.save(resource);
        Path file = dir.resolve("same.journey");
        assertArrayEquals(JourneyPersistence.toBytes(JourneyPersistence.load(file)),
                JourneyPersistence.toBytes(JourneyPersistence.load(file)));
    }

    @Test
    void idsSurviveLoadAndSave() throws IOException {
        Path file = dir.resolve("ids.journey");
        Resource original = ModelBuilder.inResource(new SampleMap().model, file);
        Map<String, String> pathById = new LinkedHashMap<>();
        for (var contents = original.getAllContents(); contents.hasNext();) {
            EObject element = contents.next();
            pathById.put(((XMLResource) original).getID(element), ElementPaths.path(element));
        }
        JourneyPersistence.save(original);

        JourneyResource loaded = JourneyPersistence.load(file);
        for (Map.Entry<String, String> entry : pathById.entrySet()) {
            assertNotNull(entry.getKey());
            assertEquals(entry.getValue(), ElementPaths.path(loaded.getEObject(entry.getKey())));
        }
        assertEquals(pathById.size(), countContents(loaded));
    }

    @Test
    void newElementsGetUniqueIdsThatAreKept() throws IOException {
        Path file = saveSample("new.journey");
        JourneyResource loaded = JourneyPersistence.load(file);
        Step added = step(JourneyPersistence.modelOf(loaded).getJourneys().get(0).getStages().get(0), "Ask a friend");
        String id = loaded.getID(added);
        assertNotNull(id);
        Set<String> ids = new HashSet<>();
        loaded.getAllContents().forEachRemaining(element -> assertTrue(ids.add(loaded.getID(element)), "unique id"));
        JourneyPersistence.save(loaded);
        assertEquals("Ask a friend", ElementPaths.path(JourneyPersistence.load(file).getEObject(id))
                .replaceAll(".*Step '(.*)'$", "$1"));
    }

    @Test
    void nonAsciiNamesSurviveAsUtf8() throws IOException {
        SampleMap map = new SampleMap();
        String[] names = {"Zoë Ångström", "支付宝用户", "Łódź — “quoted” <tag> & 'apostrophe'", "Rocket 🚀 launch"};
        for (String name : names) {
            persona(map.model, name);
        }
        Path file = dir.resolve("utf8.journey");
        JourneyPersistence.save(ModelBuilder.inResource(map.model, file));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertTrue(text.contains("支付宝用户") && text.contains("🚀"), "written as UTF-8, not as character references");
        JourneyModel loaded = JourneyPersistence.modelOf(JourneyPersistence.load(file));
        for (int i = 0; i < names.length; i++) {
            assertEquals(names[i], loaded.getPersonas().get(i + 1).getName());
        }
    }

    @Test
    void loadedElementsKnowTheirLine() throws IOException {
        Path file = saveSample("lines.journey");
        JourneyResource loaded = JourneyPersistence.load(file);
        JourneyModel model = JourneyPersistence.modelOf(loaded);
        Step pay = model.getJourneys().get(0).getStages().get(1).getSteps().get(0);
        String idAttribute = "xmi:id=\"" + loaded.getID(pay) + "\"";
        int expected = 0;
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size() && expected == 0; i++) {
            expected = lines.get(i).contains(idAttribute) ? i + 1 : 0;
        }
        assertTrue(expected > 1);
        assertEquals(expected, loaded.getLine(pay));
    }

    private static int countContents(Resource resource) {
        int count = 0;
        for (var contents = resource.getAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        return count;
    }
}
