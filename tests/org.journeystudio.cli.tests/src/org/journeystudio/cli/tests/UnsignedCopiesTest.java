package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up cache's class path (UnsignedCopies, run by the launcher in a JVM of its own):
 * EMF's signed jars are copied without their signature files, every other entry byte for byte,
 * and the command runs from the copies.
 */
class UnsignedCopiesTest {

    @TempDir
    Path dir;

    private static List<String> jarsOf(String classPath) {
        return Stream.of(classPath.split(File.pathSeparator)).filter(p -> p.endsWith(".jar")).toList();
    }

    private static boolean signed(Path jar) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return Collections.list(zip.entries()).stream().anyMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|RSA)"));
        }
    }

    private int run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", PlainJvm.classPath(), "org.journeystudio.cli.startup.UnsignedCopies"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor();
    }

    @Test
    void signedJarsAreCopiedWithoutTheirSignaturesAndTheCommandRunsFromThem() throws Exception {
        List<String> jars = jarsOf(PlainJvm.classPath());
        Path ecore = jars.stream().map(Path::of).filter(p -> p.getFileName().toString()
                .matches("org\\.eclipse\\.emf\\.ecore[-_][0-9].*\\.jar")).findFirst().orElseThrow(() ->
                        new AssertionError("no EMF Ecore jar on " + jars));
        assertTrue(signed(ecore), "EMF's jar is signed, which keeps its classes out of the JVM's caches");

        Path target = dir.resolve("jars");
        assertEquals(0, run(target.toString(), String.join(File.pathSeparator, jars)));
        Path copy = target.resolve(ecore.getFileName().toString());
        assertTrue(Files.isRegularFile(copy));
        assertTrue(!signed(copy), "the copy has no signature files");
        try (ZipFile original = new ZipFile(ecore.toFile()); ZipFile copied = new ZipFile(copy.toFile())) {
            int kept = 0;
            for (ZipEntry entry : Collections.list(original.entries())) {
                ZipEntry twin = copied.getEntry(entry.getName());
                if (entry.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
                    assertNull(twin, entry.getName());
                    continue;
                }
                assertArrayEquals(original.getInputStream(entry).readAllBytes(), copied.getInputStream(twin).readAllBytes(),
                        entry.getName());
                kept++;
            }
            assertEquals(kept, copied.size());
        }
        URL[] copies;
        try (Stream<Path> made = Files.list(target)) {
            copies = made.map(p -> {
                try {
                    return p.toUri().toURL();
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(URL[]::new);
        }
        try (URLClassLoader loader = new URLClassLoader(copies, null)) {
            Class<?> loaded = loader.loadClass("org.eclipse.emf.ecore.impl.EObjectImpl");
            assertNull(loaded.getProtectionDomain().getCodeSource().getCertificates(), "loaded as unsigned");
        }
        // A second call finds the folder made and leaves it as it is.
        long modified = Files.getLastModifiedTime(copy).toMillis();
        assertEquals(0, run(target.toString(), String.join(File.pathSeparator, jars)));
        assertEquals(modified, Files.getLastModifiedTime(copy).toMillis());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.filter(p -> !p.getFileName().toString().endsWith(".txt")).toList(),
                    "no temporary folder is left");
        }
    }
}
