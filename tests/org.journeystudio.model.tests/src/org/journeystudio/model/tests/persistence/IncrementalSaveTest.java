package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.Persona;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.tests.generator.LargeMapGenerator;
import org.journeystudio.model.tests.persistence.XmiPaths.CountingResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save copies the bytes of every element that has not changed since the last save from that
 * save's document, and writes the rest afresh; the result is always exactly what EMF's generic
 * serializer writes, whatever was edited in between.
 */
class IncrementalSaveTest {

    @TempDir
    Path dir;

    private CountingResource loaded(int elements, long seed) throws IOException {
        Path file = dir.resolve("map-" + elements + ".journey");
        JourneyModel model = LargeMapGenerator.generate(elements, seed);
        JourneyPersistence.save(model.eResource(), file);
        return XmiPaths.load(file, false);
    }

    /** A loaded map of 1,000 elements, saved once: the next save can copy from that. */
    private CountingResource savedOnce(long seed) throws IOException {
        CountingResource resource = loaded(1_000, seed);
        XmiPaths.save(resource, false);
        return resource;
    }

    private static void assertSameAsEmf(CountingResource resource, String context) throws IOException {
        int generic = resource.genericSaves;
        byte[] incremental = XmiPaths.save(resource, false);
        assertEquals(generic, resource.genericSaves, "the specialised writer handled the model " + context);
        byte[] emf = XmiPaths.save(resource, true);
        assertArrayEquals(emf, incremental, context);
    }

    @Test
    void savingAgainWithoutChangesGivesTheSameBytes() throws IOException {
        CountingResource resource = loaded(1_000, 1);
        byte[] first = XmiPaths.save(resource, false);
        assertArrayEquals(first, XmiPaths.save(resource, false));
        assertArrayEquals(first, XmiPaths.save(resource, false));
        assertSameAsEmf(resource, "after three saves");
    }

    /** Property: after every one of many random edits, the incremental save is EMF's save. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void afterEveryRandomEditTheSaveIsEmfs(long seed) throws IOException {
        CountingResource resource = loaded(400, seed);
        RandomEdits edits = new RandomEdits(resource, seed);
        XmiPaths.save(resource, false);
        for (int i = 0; i < 150; i++) {
            edits.edit();
            if (i % 3 != 1) {
                // Now and then two edits between saves.
                List<String> done = edits.done();
                assertSameAsEmf(resource, "after " + done.size() + " edits, the last " + done.get(done.size() - 1));
            }
        }
    }

    /** 10k elements make a document of several chunks: copies start and end inside chunks and cross their boundaries. */
    @Test
    void editsSpreadOverALargeMapAreSavedAsEmfSavesThem() throws IOException {
        CountingResource resource = loaded(10_000, 12);
        XmiPaths.save(resource, false);
        List<Step> steps = new ArrayList<>();
        resource.getAllContents().forEachRemaining(element -> {
            if (element instanceof Step step) {
                steps.add(step);
            }
        });
        for (int round = 0; round < 3; round++) {
            for (int i = round; i < steps.size(); i += steps.size() / 25) {
                steps.get(i).setName("Renamed in round " + round + " \u00e9\u00e8");
            }
            assertSameAsEmf(resource, "after renaming steps all over the map, round " + round);
        }
        JourneyModel model = JourneyPersistence.modelOf(resource);
        model.getJourneys().get(0).getStages().move(0, model.getJourneys().get(0).getStages().size() - 1);
        assertSameAsEmf(resource, "after moving the last stage of the first journey to the front");
    }

    @Test
    void anElementMovedToAnotherDepthOrParentIsWrittenWhereItIsNow() throws IOException {
        CountingResource resource = savedOnce(7);
        JourneyModel model = JourneyPersistence.modelOf(resource);
        Step step = model.getJourneys().get(0).getStages().get(0).getSteps().get(0);
        model.getJourneys().get(0).getStages().get(1).getSteps().add(0, step);
        assertSameAsEmf(resource, "after moving a step to another stage");
        Persona persona = model.getPersonas().get(0);
        model.getPersonas().move(model.getPersonas().size() - 1, persona);
        assertSameAsEmf(resource, "after moving a persona to the end");
    }

    @Test
    void aDeletedElementAndANewIdMakeTheNextSaveWriteEverythingAgain() throws IOException {
        CountingResource resource = savedOnce(8);
        JourneyModel model = JourneyPersistence.modelOf(resource);
        Persona persona = model.getPersonas().get(0);
        // Removed without its references: they now name an element the file no longer has.
        model.getPersonas().remove(persona);
        // EMF refuses to write them; the steps' bytes from the last save must not hide that.
        assertThrows(IOException.class, () -> XmiPaths.save(resource, false));
        model.getPersonas().add(0, persona);
        assertSameAsEmf(resource, "after the persona is back");
        resource.setID(model.getChannels().get(0), "renamed-id");
        assertSameAsEmf(resource, "after a new id for a channel that steps refer to");
    }

    @Test
    void aSaveTheWriterLeavesToEmfDoesNotSpoilTheNextOne() throws IOException {
        CountingResource resource = savedOnce(9);
        JourneyModel model = JourneyPersistence.modelOf(resource);
        Step step = model.getJourneys().get(0).getStages().get(0).getSteps().get(0);
        Persona proxy = JourneyFactory.eINSTANCE.createPersona();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("other.journey#p"));
        model.getJourneys().get(0).setPersona(proxy);
        int generic = resource.genericSaves;
        XmiPaths.save(resource, false);
        assertEquals(generic + 1, resource.genericSaves, "a proxy is EMF's to write");
        model.getJourneys().get(0).setPersona(model.getPersonas().get(1));
        step.setName("Pay at last");
        assertSameAsEmf(resource, "after the proxy is gone");
    }

    @Test
    void unloadingLetsGoOfTheLastDocument() throws IOException {
        CountingResource resource = loaded(1_000, 10);
        XmiPaths.save(resource, false);
        EObject copy = EcoreUtil.copy(resource.getContents().get(0));
        resource.unload();
        resource.getContents().add(copy);
        assertSameAsEmf(resource, "after unload and a copy of the model, with new ids");
    }
}
