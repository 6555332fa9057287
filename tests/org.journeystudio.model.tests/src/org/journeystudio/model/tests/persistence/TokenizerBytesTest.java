package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.journeystudio.model.tests.persistence.XmiPaths.CountingResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specialised reader's tokenizer at the level of bytes: malformed UTF-8 is left to EMF
 * whatever Xerces would make of it, well-formed sequences of every length are read, and every
 * token may be split by a refill of the read buffer without changing what is read.
 */
class TokenizerBytesTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<journey:JourneyModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:journey=\"http://www.journeystudio.org/journey/1.0\" xmi:id=\"m\" name=\"M\">\n";
    private static final String END = "</journey:JourneyModel>\n";
    /** The tokenizer's buffer size: the first refill happens after this many bytes. */
    private static final int BUFFER = 64 * 1024;

    @TempDir
    Path dir;

    /** A model with one team whose name holds the given bytes, in an attribute and in an element. */
    private static byte[] teamNamed(int... bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((HEAD + ROOT + "  <teams xmi:id=\"t\" name=\"a").getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            out.write(b);
        }
        out.writeBytes("b\"/>\n  <teams xmi:id=\"u\">\n    <name>a".getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            out.write(b);
        }
        out.writeBytes(("b</name>\n  </teams>\n" + END).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("lone continuation byte", new int[] {0x80}),
                Arguments.of("overlong two bytes", new int[] {0xC0, 0xAF}),
                Arguments.of("overlong two bytes, C1", new int[] {0xC1, 0xBF}),
                Arguments.of("overlong three bytes", new int[] {0xE0, 0x80, 0xAF}),
                Arguments.of("overlong four bytes", new int[] {0xF0, 0x80, 0x80, 0xAF}),
                Arguments.of("encoded high surrogate", new int[] {0xED, 0xA0, 0x80}),
                Arguments.of("encoded low surrogate", new int[] {0xED, 0xBF, 0xBF}),
                Arguments.of("beyond U+10FFFF", new int[] {0xF4, 0x90, 0x80, 0x80}),
                Arguments.of("lead byte F5", new int[] {0xF5, 0x80, 0x80, 0x80}),
                Arguments.of("byte FF", new int[] {0xFF}),
                Arguments.of("truncated three bytes", new int[] {0xE2, 0x82}),
                Arguments.of("truncated four bytes", new int[] {0xF0, 0x9F, 0x9A}),
                Arguments.of("U+FFFE", new int[] {0xEF, 0xBF, 0xBE}),
                Arguments.of("U+FFFF", new int[] {0xEF, 0xBF, 0xBF}),
                Arguments.of("NUL", new int[] {0x00}),
                Arguments.of("escape", new int[] {0x1B}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedTextIsLeftToEmf(String kind, int[] bytes) throws IOException {
        Path file = dir.resolve("malformed.journey");
        Files.write(file, teamNamed(bytes));
        String generic = SpecialisedLoadTest.outcome(file, true);
        assertEquals(generic, SpecialisedLoadTest.outcome(file, false));
        if (!generic.startsWith("failed")) {
            // Xerces reads it somehow; the specialised reader must still have left it to EMF.
            assertEquals(1, XmiPaths.load(file, false).genericLoads, "left to EMF");
        }
    }

    static Stream<Arguments> wellFormed() {
        return Stream.of(
                Arguments.of("U+0080", new int[] {0xC2, 0x80}),
                Arguments.of("U+07FF", new int[] {0xDF, 0xBF}),
                Arguments.of("U+0800", new int[] {0xE0, 0xA0, 0x80}),
                Arguments.of("U+D7FF", new int[] {0xED, 0x9F, 0xBF}),
                Arguments.of("U+E000", new int[] {0xEE, 0x80, 0x80}),
                Arguments.of("U+FFFD", new int[] {0xEF, 0xBF, 0xBD}),
                Arguments.of("U+10000", new int[] {0xF0, 0x90, 0x80, 0x80}),
                Arguments.of("U+10FFFF", new int[] {0xF4, 0x8F, 0xBF, 0xBF}),
                Arguments.of("U+007F", new int[] {0x7F}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void wellFormedTextIsReadAsEmfReadsIt(String kind, int[] bytes) throws IOException {
        Path file = dir.resolve("well-formed.journey");
        Files.write(file, teamNamed(bytes));
        String generic = SpecialisedLoadTest.outcome(file, true);
        assertFalse(generic.startsWith("failed"), generic);
        assertEquals(generic, SpecialisedLoadTest.outcome(file, false));
        assertEquals(0, XmiPaths.load(file, false).genericLoads, "read without EMF's generic loader");
    }

    /**
     * Shifts a small model byte by byte across the first refill of the read buffer (with white
     * space before the root), so that every name, value, reference, line end and multi-byte
     * character of it is split by a refill once.
     */
    @Test
    void everyTokenMayBeSplitByARefill() throws IOException {
        String body = TokenizerCases.handled().filter(arguments -> arguments.get()[0].equals("multi-line start tags"))
                .map(arguments -> (String) arguments.get()[1]).findFirst().orElseThrow().substring(HEAD.length())
                .replace("name=\"A\"", "name=\"A&amp;&#x1F680;\u00e9\u00e9\uD83D\uDE80\r\n\u6539\"")
                .replace("\n    <", "\r\n    <");
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        Path file = dir.resolve("shifted.journey");
        for (int shift = 0; shift <= length; shift++) {
            Files.writeString(file, HEAD + " ".repeat(BUFFER - HEAD.length() - shift) + body, StandardCharsets.UTF_8);
            String fast = SpecialisedLoadTest.outcome(file, false);
            assertEquals(SpecialisedLoadTest.outcome(file, true), fast, "shift " + shift);
            assertFalse(fast.startsWith("failed"), fast);
            assertEquals(0, XmiPaths.load(file, false).genericLoads, "read without EMF's generic loader, shift " + shift);
        }
    }

    /** Values longer than the read buffer, in attributes and in elements, of ASCII and of other characters. */
    @Test
    void valuesLongerThanTheBufferAreReadWhole() throws IOException {
        String ascii = "abc def ".repeat(3 * BUFFER / 8);
        String mixed = "z\u00e9\u6539\uD83D\uDE80&amp;\r\n".repeat(BUFFER / 4);
        String text = HEAD + ROOT + "  <teams xmi:id=\"t\" name=\"" + ascii + "\" description=\"" + mixed + "\">\n"
                + "  </teams>\n  <personas xmi:id=\"p\" name=\"" + mixed + "\">\n    <goals>" + ascii + "</goals>\n"
                + "    <goals>" + mixed + "</goals>\n  </personas>\n" + END;
        Path file = dir.resolve("long.journey");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CountingResource fast = XmiPaths.load(file, false);
        assertEquals(0, fast.genericLoads, "read without EMF's generic loader");
        assertEquals(SpecialisedLoadTest.outcome(file, true), SpecialisedLoadTest.outcome(file, false));
    }
}
