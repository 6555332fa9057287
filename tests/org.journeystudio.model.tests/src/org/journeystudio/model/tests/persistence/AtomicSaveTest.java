package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save killed at any moment leaves the old file or a complete new one, never a truncated
 * one (DESIGN §9). A child JVM runs the real {@link JourneyPersistence} code from this
 * test's own class path ({@link SaveLoop}) and is killed with SIGKILL at random moments.
 */
class AtomicSaveTest {

    private static final int KILLS = 20;

    private static final int EXPECTED_ELEMENTS = count(ModelBuilder.inResource(SaveLoop.largeModel(),
            Path.of("expected.journey")));

    @TempDir
    Path dir;

    @Test
    void aKilledSaveLeavesTheOldOrACompleteNewFile() throws Exception {
        Path target = dir.resolve("map.journey");
        JourneyPersistence.save(ModelBuilder.inResource(new SampleMap().model, target));
        byte[] previous = Files.readAllBytes(target);
        Random random = new Random(7);
        int interrupted = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            killDuringSaves(target, random.nextInt(600));
            byte[] now = Files.readAllBytes(target);
            if (!Arrays.equals(previous, now)) {
                assertCompleteGeneration(target);
            }
            previous = now;
            interrupted += leftOverTempFiles();
        }
        // Each kill that hit a save in the middle leaves its temporary file behind.
        System.out.println("AtomicSaveTest: kills " + KILLS + ", during a save " + interrupted);
        assertTrue(interrupted > 0, "no kill landed during a save; the test proved nothing");
    }

    private void killDuringSaves(Path target, int millis) throws Exception {
        Process child = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-cp", classPath(),
                SaveLoop.class.getName(), target.toString()).redirectError(dir.resolve("child.err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertNotNull(first, () -> "the child died: " + readQuietly(dir.resolve("child.err")));
            Thread.sleep(millis);
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private static void assertCompleteGeneration(Path target) throws IOException {
        XMLResource loaded = JourneyPersistence.load(target);
        JourneyModel model = JourneyPersistence.modelOf(loaded);
        assertTrue(model.getName().startsWith("Generation "), model.getName());
        assertEquals(EXPECTED_ELEMENTS, count(loaded), "every element of the model was written");
        assertArrayEquals(Files.readAllBytes(target), JourneyPersistence.toBytes(loaded), "the file is a whole save");
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

    /** The jars and class folders this test and the code under test were loaded from, also inside OSGi. */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : new Class<?>[] {SaveLoop.class, JourneyPersistence.class, EObject.class, URI.class,
            XMLResource.class}) {
            entries.add(locationOf(type));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        assertNotNull(source, () -> "no code source for " + type);
        URL location = source.getLocation();
        return Path.of(location.toURI()).toString();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
