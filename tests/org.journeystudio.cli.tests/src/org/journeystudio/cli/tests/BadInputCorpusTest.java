package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile and broken {@code .journey} files through {@code journey validate} in
 * a separate JVM: each gives exit code 3 and one line naming the file (and line where the
 * XML has one), with no stack trace and no leaked file content, and the run stays quick.
 */
class BadInputCorpusTest {

    private static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:journey=\"http://www.journeystudio.org/journey/1.0\"";

    private static final Map<String, String> CORPUS = Map.of(
            "xxe.journey", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<journey:JourneyModel xmi:version=\"2.0\" " + NS + " name=\"&x;\"/>\n",
            "laughs.journey", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                    + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<r>&c;</r>\n",
            "truncated.journey", "<?xml version=\"1.0\"?>\n<journey:JourneyModel xmi:version=\"2.0\" " + NS
                    + " name=\"T\">\n  <journeys name=\"J\">\n",
            "wrong-ns.journey", "<?xml version=\"1.0\"?>\n<journey:JourneyModel xmi:version=\"2.0\" "
                    + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:journey=\"http://example.org/other\" name=\"W\"/>\n",
            "unknown-feature.journey", "<?xml version=\"1.0\"?>\n<journey:JourneyModel xmi:version=\"2.0\" " + NS
                    + " name=\"U\">\n  <journeys name=\"J\" colour=\"red\"/>\n</journey:JourneyModel>\n",
            "bad-value.journey", "<?xml version=\"1.0\"?>\n<journey:JourneyModel xmi:version=\"2.0\" " + NS
                    + " name=\"V\">\n  <journeys name=\"J\" kind=\"SOMEDAY\"/>\n</journey:JourneyModel>\n",
            "empty.journey", "",
            "text.journey", "just some notes, not a map\n");

    @TempDir
    Path dir;

    @Test
    void everyBadInputGivesExitCode3AndOneCleanLine() throws Exception {
        for (Map.Entry<String, String> entry : CORPUS.entrySet()) {
            Files.writeString(dir.resolve(entry.getKey()), entry.getValue(), StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve("binary.journey"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80, 60, 0});
        for (String name : List.copyOf(CORPUS.keySet())) {
            check(name);
        }
        check("binary.journey");
    }

    private void check(String name) throws Exception {
        long start = System.nanoTime();
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "validate", name);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(3, result.exitCode(), name + ": " + result.err());
        List<String> lines = result.err().strip().lines().toList();
        assertEquals(1, lines.size(), name + " gives one line: " + result.err());
        assertTrue(lines.get(0).startsWith("journey: " + name), lines.get(0));
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), "no stack trace: " + result.err());
        assertFalse(result.out().contains("root:") || result.err().contains("root:"), "no file content leaked");
        assertTrue(millis < 30_000, name + " took " + millis + " ms");
    }
}
