package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large map's id maps are made of small segments (so that no table of megabytes outlives its
 * model in the old generation); they behave as the maps EMF expects: every element's id in both
 * directions, and put, remove, iteration and removal while iterating as a HashMap does them.
 */
class LargeIdMapsTest {

    @TempDir
    Path dir;

    private JourneyResource loadedLarge() throws IOException {
        Path file = dir.resolve("large.journey");
        JourneyModel model = LargeMapGenerator.generate(40_000, 3);
        JourneyPersistence.save(model.eResource(), file);
        return JourneyPersistence.load(file);
    }

    @Test
    void everyElementIsFoundByItsIdAndTheOtherWayRound() throws IOException {
        JourneyResource resource = loadedLarge();
        List<EObject> all = new ArrayList<>();
        resource.getAllContents().forEachRemaining(all::add);
        assertEquals(all.size(), resource.getIDToEObjectMap().size());
        assertEquals(all.size(), resource.getEObjectToIDMap().size());
        for (EObject element : all) {
            String id = resource.getID(element);
            assertSame(element, resource.getEObject(id));
            assertEquals(id, resource.getEObjectToIDMap().get(element));
        }
        int counted = 0;
        for (Map.Entry<String, EObject> entry : resource.getIDToEObjectMap().entrySet()) {
            assertEquals(entry.getKey(), resource.getID(entry.getValue()));
            counted++;
        }
        assertEquals(all.size(), counted);
    }

    @Test
    void randomChangesLeaveTheSameMapAsAHashMap() throws IOException {
        Map<String, EObject> ids = loadedLarge().getIDToEObjectMap();
        Map<String, EObject> expected = new HashMap<>(ids);
        List<String> keys = new ArrayList<>(ids.keySet());
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String key = random.nextInt(4) == 0 ? "new-" + random.nextInt(5_000) : keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(3)) {
                case 0 -> {
                    EObject value = JourneyFactory.eINSTANCE.createPersona();
                    assertSame(expected.put(key, value), ids.put(key, value));
                }
                case 1 -> assertSame(expected.remove(key), ids.remove(key));
                default -> assertEquals(expected.containsKey(key), ids.containsKey(key));
            }
        }
        assertEquals(expected.size(), ids.size());
        assertEquals(expected, ids);
        assertNull(ids.get(null), "no element has no id");
        assertFalse(ids.containsKey(null));
        for (Iterator<Map.Entry<String, EObject>> entries = ids.entrySet().iterator(); entries.hasNext();) {
            if (entries.next().getKey().hashCode() % 3 == 0) {
                entries.remove();
            }
        }
        expected.keySet().removeIf(key -> key.hashCode() % 3 == 0);
        assertEquals(expected, ids);
        assertEquals(expected.size(), ids.size());
        ids.clear();
        assertEquals(0, ids.size());
        assertNull(ids.get(keys.get(0)));
        assertFalse(ids.entrySet().iterator().hasNext());
    }
}
