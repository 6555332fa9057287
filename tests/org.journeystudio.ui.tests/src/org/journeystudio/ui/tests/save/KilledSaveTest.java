package org.journeystudio.ui.tests.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.viewpoint.session.RepresentationFiles;
import org.journeystudio.viewpoint.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) while it saves a map the way the journey editor does leaves, for each of
 * the {@code .journey} and the {@code .journeyrep}, the old file or the new one, never a truncated one;
 * and the map opens again. The child ({@link SaveLoop}) runs the editor's save code from this bundle's
 * class path in a JVM of its own, since the test cannot kill the workbench it runs in.
 */
class KilledSaveTest {

    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewFiles() throws Exception {
        Path map = dir.resolve("killed.journey");
        JourneyTemplates.instantiate("invoice-payment", map);
        Session session = Session.open(map, null);
        SaveLoop.enlarge(session);
        session.save();
        int elements = count(session.semanticResource());
        session.close();

        Random random = new Random(14);
        int interrupted = 0;
        int lastGeneration = 0;
        int lastRepresentations = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            killDuringSaves(map, 150 + random.nextInt(700));
            int generation = generationOfMap(map, elements);
            int representations = generationOfRepresentations(map);
            // The map is written first: a kill between the two files leaves the representations of an earlier
            // save (two runs killed so in a row leave them two saves behind), never later ones, never older
            // ones than the last run left.
            assertTrue(representations <= generation && representations >= lastRepresentations,
                    "the representations are of a save between the last run's and the map's: " + lastRepresentations
                            + " <= " + representations + " <= " + generation);
            assertTrue(generation >= lastGeneration, "a later run never leaves an older map: " + generation);
            Session reopened = Session.open(map, null); // what the editor does next
            assertTrue(reopened.notices().isEmpty(), reopened.notices().toString());
            reopened.close();
            lastGeneration = generation;
            lastRepresentations = representations;
            interrupted += leftOverTempFiles();
        }
        System.out.println("KilledSaveTest: kills " + KILLS + ", during a save " + interrupted + ", last generation "
                + lastGeneration);
        assertTrue(interrupted > 0, "no kill landed during a save; the test proved nothing");
    }

    private void killDuringSaves(Path map, int millis) throws Exception {
        Process child = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-cp", classPath(), SaveLoop.class.getName(),
                map.toString()).redirectError(dir.resolve("child.err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertNotNull(first, () -> "the child died: " + readQuietly(dir.resolve("child.err")));
            Thread.sleep(millis);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /** The generation a whole map file holds; fails on a truncated or partial one. */
    private static int generationOfMap(Path map, int elements) throws IOException {
        XMLResource loaded = JourneyPersistence.load(map);
        assertEquals(elements, count(loaded), "every element of the map was written");
        return generation(JourneyPersistence.modelOf(loaded).getName());
    }

    private static int generationOfRepresentations(Path map) throws IOException {
        Resource loaded = RepresentationFiles.load(JourneyPersistence.newResourceSet(), RepresentationFiles.beside(map));
        return generation(RepresentationFiles.rootOf(loaded).getRepresentations().get(0).getName());
    }

    private static int generation(String name) {
        assertTrue(name.startsWith(SaveLoop.GENERATION), name);
        return SaveLoop.generation(name);
    }

    private static int count(Resource resource) {
        int count = 0;
        for (var contents = resource.getAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        return count;
    }

    private int leftOverTempFiles() throws IOException {
        int found = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().endsWith(".tmp")) {
                    Files.delete(file);
                    found++;
                }
            }
        }
        return found;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jars and class folders of the save code and of this test, also inside OSGi. */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : new Class<?>[] {SaveLoop.class, Session.class, JourneyPersistence.class, EObject.class,
            URI.class, XMLResource.class}) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
