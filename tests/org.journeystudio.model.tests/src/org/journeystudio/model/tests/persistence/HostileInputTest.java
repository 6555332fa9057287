package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad files never crash loading: each gives a JourneyLoadException with one line naming file and line. */
class HostileInputTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACES = "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:journey=\"http://www.journeystudio.org/journey/1.0\"";

    @TempDir
    Path dir;

    static Stream<Arguments> hostileFiles() {
        byte[] junk = new byte[4096];
        new Random(20240601).nextBytes(junk);
        return Stream.of(
                Arguments.of("external entity", text(xxe())),
                Arguments.of("billion laughs", text(billionLaughs())),
                Arguments.of("truncated", text(HEAD + "<journey:JourneyModel " + NAMESPACES + " name=\"A\">\n"
                        + "  <personas xmi:id=\"p1\" name=\"An")),
                Arguments.of("binary junk", junk),
                Arguments.of("empty file", new byte[0]),
                Arguments.of("plain text", text("Just some notes about a journey.\n")),
                Arguments.of("wrong namespace", text(HEAD + "<journey:JourneyModel " + NAMESPACES
                        .replace("journeystudio.org/journey/1.0", "example.org/journey/9") + " name=\"A\"/>\n")),
                Arguments.of("unknown feature", text(HEAD + "<journey:JourneyModel " + NAMESPACES + " name=\"A\">\n"
                        + "  <sidekicks name=\"Robin\"/>\n</journey:JourneyModel>\n")),
                Arguments.of("unknown attribute", text(HEAD + "<journey:JourneyModel " + NAMESPACES + " name=\"A\">\n"
                        + "  <personas xmi:id=\"p\" name=\"Ann\" colour=\"red\"/>\n</journey:JourneyModel>\n")),
                Arguments.of("root is a journey", text(HEAD + "<journey:Journey " + NAMESPACES + " name=\"A\"/>\n")));
    }

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private static String xxe() {
        return HEAD + "<!DOCTYPE journey:JourneyModel [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<journey:JourneyModel " + NAMESPACES + " name=\"&secret;\"/>\n";
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder(HEAD).append("<!DOCTYPE lolz [\n  <!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            dtd.append("  <!ENTITY lol").append(level).append(" \"");
            dtd.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">\n");
        }
        return dtd.append("]>\n<journey:JourneyModel ").append(NAMESPACES).append(" name=\"&lol9;\"/>\n").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void isRefusedWithOneLineNamingFileAndLine(String kind, byte[] content) throws IOException {
        Path file = dir.resolve(kind.replace(' ', '-') + ".journey");
        Files.write(file, content);

        JourneyLoadException failure = assertTimeout(Duration.ofSeconds(10),
                () -> assertThrows(JourneyLoadException.class, () -> JourneyPersistence.load(file)));

        String message = failure.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(Pattern.matches(Pattern.quote(file.toString()) + ":[1-9][0-9]*(:[1-9][0-9]*)?: .+", message), message);
        assertTrue(failure.getLine() > 0, message);
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path file = dir.resolve("xxe.journey");
        Files.writeString(file, xxe(), StandardCharsets.UTF_8);
        JourneyLoadException failure = assertThrows(JourneyLoadException.class, () -> JourneyPersistence.load(file));
        assertTrue(failure.getMessage().contains("DOCTYPE"), failure.getMessage());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String text = String.valueOf(cause.getMessage());
            assertFalse(text.contains("root:") || text.contains("/bin/"), "entity content leaked: " + text);
        }
    }

    @Test
    void entityExpansionIsRefusedAtOnce() throws IOException {
        Path file = dir.resolve("laughs.journey");
        Files.writeString(file, billionLaughs(), StandardCharsets.UTF_8);
        // A parser that expanded the entities would build 10^9 'lol's; refusing takes milliseconds.
        assertTimeout(Duration.ofSeconds(2), () -> assertThrows(JourneyLoadException.class, () -> JourneyPersistence.load(file)));
    }

    @Test
    void aMissingFileIsALoadException() {
        Path file = dir.resolve("absent.journey");
        JourneyLoadException failure = assertThrows(JourneyLoadException.class, () -> JourneyPersistence.load(file));
        assertTrue(failure.getMessage().startsWith(file + ": "), failure.getMessage());
    }

    @Test
    void aDanglingIdIsNotALoadFailure() throws IOException {
        Path file = dir.resolve("dangling.journey");
        SampleMap map = new SampleMap();
        var resource = ModelBuilder.inResource(map.model, file);
        String text = new String(JourneyPersistence.toBytes(resource), StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("persona=\"" + resource.getURIFragment(map.ann) + "\"",
                "persona=\"nobody\""), StandardCharsets.UTF_8);
        assertFalse(JourneyPersistence.load(file).getUnresolvedReferences().isEmpty());
    }
}
