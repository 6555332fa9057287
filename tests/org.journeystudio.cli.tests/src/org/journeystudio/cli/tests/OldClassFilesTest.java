package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
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
 * The start-up cache's copy of picocli, whose class files are version 49: on Java 25+ they are
 * rewritten as version 50 with stack maps, which the JVM verifies and keeps in an AOT cache; every
 * other entry is copied byte for byte (on older JVMs, every entry).
 */
class OldClassFilesTest {

    @TempDir
    Path dir;

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static int major(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }

    private Path picocli() throws Exception {
        return Stream.of(PlainJvm.classPath().split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.getFileName().toString().matches("picocli[-_][0-9].*\\.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("no picocli jar on the class path"));
    }

    private String run(String... command) throws Exception {
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        int exit = process.waitFor();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, exit, String.join(" ", command) + " printed:\n" + printed);
        return printed;
    }

    @Test
    void picocliIsRewrittenAsVersion50AndTheAotCacheKeepsItsClasses() throws Exception {
        // The class-file API is Java 24+'s (the multi-release version of OldClassFiles); older JVMs copy as they are.
        boolean rewrites = Runtime.version().feature() >= 25;
        Path original = picocli();
        Path target = dir.resolve("jars");
        run(JAVA, "-cp", PlainJvm.classPath(), "org.journeystudio.cli.startup.UnsignedCopies", target.toString(),
                original.toString());
        Path copy = target.resolve(original.getFileName().toString());
        int oldBefore = 0;
        try (ZipFile in = new ZipFile(original.toFile()); ZipFile out = new ZipFile(copy.toFile())) {
            assertEquals(in.size(), out.size());
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] before = in.getInputStream(entry).readAllBytes();
                byte[] after = out.getInputStream(out.getEntry(entry.getName())).readAllBytes();
                if (rewrites && entry.getName().endsWith(".class")) {
                    oldBefore += major(before) < 50 ? 1 : 0;
                    assertTrue(major(after) >= 50, entry.getName() + " is version " + major(after));
                } else {
                    assertArrayEquals(before, after, entry.getName());
                }
            }
        }
        assertTrue(!rewrites || oldBefore > 100, "picocli's classes are old (" + oldBefore + ")");
        if (!rewrites) {
            return;
        }

        // The JVM verifies the rewritten classes (a refused stack map would fail the run) and caches them.
        String config = dir.resolve("picocli.aotconf").toString();
        String cache = dir.resolve("picocli.aot").toString();
        List<String> help = List.of("picocli.AutoComplete", "--help");
        run(concat(List.of(JAVA, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + config, "-cp",
                copy.toString()), help));
        run(concat(List.of(JAVA, "-XX:AOTMode=create", "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + cache, "-cp",
                copy.toString()), help));
        String loaded = run(concat(List.of(JAVA, "-XX:AOTCache=" + cache, "-Xlog:class+load=info", "-cp",
                copy.toString()), help));
        assertTrue(loaded.contains("picocli.CommandLine source: shared objects file"),
                "picocli's classes come from the AOT cache:\n" + loaded.lines().filter(l -> l.contains("picocli.CommandLine "))
                        .toList());
        assertTrue(loaded.contains("Usage:"), loaded);
    }

    private static String[] concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all.toArray(String[]::new);
    }
}
