package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.journeystudio.model.templates.JourneyTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey validate}, {@code new} and {@code templates} end to end in a separate plain JVM. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyTemplateValidatesWithoutErrors() throws Exception {
        for (JourneyTemplates.Template template : JourneyTemplates.list()) {
            PlainJvm.Result created = PlainJvm.journey(dir, List.of(), "new", template.name() + ".journey",
                    "--template", template.name());
            assertEquals(0, created.exitCode(), created.err());
        }
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "validate", ".");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("0 error(s)"), result.out());
        assertTrue(result.out().contains("in " + JourneyTemplates.list().size() + " file(s)"), result.out());
    }

    @Test
    void anErrorIsReportedWithFileLineCodeAndPathAndExitCode1() throws Exception {
        Path map = dir.resolve("broken.journey");
        PlainJvm.journey(dir, List.of(), "new", "broken.journey", "--template", "invoice-payment");
        String xml = Files.readString(map, StandardCharsets.UTF_8);
        // A touchpoint loses its channels: rule JM003.
        String broken = xml.replaceFirst("(kind=\"TOUCHPOINT\"[^>]*?) channels=\"[^\"]*\"", "$1");
        Files.writeString(map, broken, StandardCharsets.UTF_8);

        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "validate", "broken.journey");

        assertEquals(1, result.exitCode(), result.out() + result.err());
        String line = result.out().lines().filter(l -> l.contains("JM003")).findFirst().orElseThrow();
        assertTrue(line.matches("broken\\.journey:\\d+: error JM003: .+ \\[Journey '.+' / Stage '.+' / Step '.+'\\]"),
                line);
    }

    @Test
    void failOnWarningAndJsonFormat() throws Exception {
        PlainJvm.journey(dir, List.of(), "new", "w.journey", "--template", "blank");
        Path map = dir.resolve("w.journey");
        String xml = Files.readString(map, StandardCharsets.UTF_8);
        // The journey loses its persona: warning JM101 (and the persona becomes unused: info JM201).
        Files.writeString(map, xml.replaceFirst(" persona=\"[^\"]*\"", ""), StandardCharsets.UTF_8);

        PlainJvm.Result lenient = PlainJvm.journey(dir, List.of(), "validate", "w.journey");
        PlainJvm.Result strict = PlainJvm.journey(dir, List.of(), "validate", "w.journey", "--fail-on", "warning",
                "--format", "json", "--output", "report.json");

        assertEquals(0, lenient.exitCode(), lenient.out());
        assertEquals(1, strict.exitCode(), strict.err());
        String json = Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"code\": \"JM101\", \"severity\": \"warning\""), json);
        assertTrue(json.contains("\"code\": \"JM201\", \"severity\": \"info\""), json);
    }

    @Test
    void newRefusesToOverwriteWithoutForceAndTemplatesAreListed() throws Exception {
        Files.writeString(dir.resolve("mine.journey"), "keep");
        PlainJvm.Result refused = PlainJvm.journey(dir, List.of(), "new", "mine.journey");
        assertEquals(2, refused.exitCode());
        assertEquals("keep", Files.readString(dir.resolve("mine.journey")));

        PlainJvm.Result listed = PlainJvm.journey(dir, List.of(), "templates");
        assertEquals(0, listed.exitCode());
        for (JourneyTemplates.Template template : JourneyTemplates.list()) {
            assertTrue(listed.out().contains(template.name()), listed.out());
        }
    }

    @Test
    void missingFileGivesExitCode3() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "validate", "nowhere.journey");
        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("nowhere.journey: cannot read: no such file"), result.err());
    }
}
