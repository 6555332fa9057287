package org.journeystudio.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.model.tests.ModelBuilder;
import org.journeystudio.model.tests.SampleMap;
import org.journeystudio.model.tests.persistence.XmiPaths.CountingResource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of seeded random mutations of valid files (bytes deleted, inserted or replaced
 * by markup characters, malformed UTF-8, references, markup the reader declines; attributes
 * duplicated; files cut short): for every mutant, either the specialised reader declines it,
 * or it reads exactly what EMF's generic loader reads. A mutant EMF refuses must always be
 * declined, since only EMF's loader gives the documented error.
 */
class MutatedFilesTest {

    private static final int MUTANTS = 1000;
    private static final Pattern ATTRIBUTE = Pattern.compile(" [A-Za-z:]+=\"[^\"]*\"");
    private static final byte[][] TOKENS = tokens();

    @TempDir
    Path dir;

    private static byte[][] tokens() {
        List<byte[]> tokens = new ArrayList<>();
        for (String text : List.of("<", ">", "&", "\"", "'", "=", "/", " ", "\t", "\r", "\r\n", "\n", "]]>", "]]", "&lt;",
                "&amp;", "&#xD;", "&#0;", "&#x1F680;", "&#65;", "&bogus;", "&#xFFFE;", "<!-- c -->", "<?p x?>",
                "<![CDATA[x]]>", " xmlns=\"urn:x\"", " xmlns:x=\"urn:x\"", " a=\"1\"", "</x>", "<goals>g</goals>",
                " persona=\"/dev/zero#_x\"", " channels=\"http://127.0.0.1:9/x.journey#_y\"", " owner=\"fifo#_z\"",
                "<persona href=\"/dev/zero#_x\"/>", " persona=\"#_x\"", "&#xD800;", "&#x110000;", "&#xDFFF;",
                "\u00e9", "\u00a0", "\u2028", "\ud83d\ude80", "\u007f", "\u0001", "\u0000")) {
            tokens.add(text.getBytes(StandardCharsets.UTF_8));
        }
        int[][] bytes = {{0x80}, {0xC0}, {0xFF}, {0xC0, 0xAF}, {0xC3}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80},
            {0xEF, 0xBF, 0xBE}, {0xEF, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF0, 0x9F, 0x9A}, {0xFE, 0xFF}};
        for (int[] sequence : bytes) {
            byte[] token = new byte[sequence.length];
            for (int i = 0; i < token.length; i++) {
                token[i] = (byte) sequence[i];
            }
            tokens.add(token);
        }
        return tokens.toArray(byte[][]::new);
    }

    static Stream<Arguments> bases() throws IOException {
        SampleMap edge = new SampleMap();
        EdgeCases.addTo(edge);
        byte[] edgeBytes = JourneyPersistence.toBytes(ModelBuilder.inResource(edge.model, Path.of("edge.journey")));
        byte[] blank;
        try (InputStream in = JourneyTemplates.open("blank")) {
            blank = in.readAllBytes();
        }
        byte[] handWritten = TokenizerCases.handled().filter(arguments -> arguments.get()[0].equals("multi-line start tags"))
                .map(arguments -> ((String) arguments.get()[1]).replace("\n    <", "\r\n    <"))
                .findFirst().orElseThrow().getBytes(StandardCharsets.UTF_8);
        return Stream.of(Arguments.of("edge cases", edgeBytes, 1L), Arguments.of("blank template", blank, 2L),
                Arguments.of("hand-written", handWritten, 3L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void everyMutantIsDeclinedOrReadAsEmfReadsIt(String name, byte[] base, long seed) throws IOException {
        Random random = new Random(seed);
        Path file = dir.resolve("mutant.journey");
        int read = 0;
        int declined = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = base;
            for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
                mutant = mutate(mutant, random);
            }
            Files.write(file, mutant);
            validatesWithoutLeavingTheFile(file);
            String fast = fastOutcome(file);
            if (fast == null) {
                declined++;
                continue;
            }
            read++;
            String generic = SpecialisedLoadTest.outcome(file, true);
            String mutantText = "mutant " + i + ":\n" + new String(mutant, StandardCharsets.ISO_8859_1);
            assertFalse(generic.startsWith("failed"), () -> "read a file EMF refuses (" + generic + "), " + mutantText);
            assertEquals(generic, fast, mutantText);
        }
        // Not a vacuous test: the mutants exercise both what is read and what is declined.
        assertTrue(read > MUTANTS / 20, "read " + read);
        assertTrue(declined > MUTANTS / 20, "declined " + declined);
    }

    /**
     * A mutant that loads validates without following any reference out of the file: one to
     * /dev/zero, a FIFO or a URL would read for ever, wait for ever or connect. Each is JM008.
     */
    private static void validatesWithoutLeavingTheFile(Path file) throws IOException {
        JourneyResource resource;
        try {
            resource = JourneyPersistence.load(file);
        } catch (JourneyLoadException e) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            return;
        }
        for (JourneyDiagnostic finding : JourneyValidation.validate(resource)) {
            assertFalse(finding.toString().contains("\n"), finding::toString);
        }
        assertEquals(0, resource.getResourceSet().getResources().stream()
                .filter(other -> other != resource && !other.getContents().isEmpty()).count(), "no other document was read");
    }

    /** The outcome of a load that the specialised reader made alone, or null when it left the file to EMF. */
    private static String fastOutcome(Path file) throws IOException {
        CountingResource resource;
        try {
            resource = XmiPaths.load(file, false);
        } catch (JourneyLoadException e) {
            return null; // EMF's loader refused it, so the specialised reader had declined it
        }
        return resource.genericLoads == 0
                ? SpecialisedLoadTest.describe(resource, Files.readString(file, StandardCharsets.ISO_8859_1)) : null;
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        int at = random.nextInt(bytes.length + 1);
        return switch (random.nextInt(7)) {
            case 0 -> splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(4)), new byte[0]);
            case 1 -> splice(bytes, at, at, TOKENS[random.nextInt(TOKENS.length)]);
            case 2 -> splice(bytes, at, Math.min(bytes.length, at + 1), TOKENS[random.nextInt(TOKENS.length)]);
            case 3 -> random.nextInt(8) == 0 ? splice(bytes, at, bytes.length, new byte[0]) : bytes;
            case 4 -> duplicateAttribute(bytes, random);
            default -> nearMarkup(bytes, random);
        };
    }

    /** Inserts or replaces next to a byte where markup starts or ends, where the tokenizer decides most. */
    private static byte[] nearMarkup(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        while (at < bytes.length && "<>\"'=&/".indexOf(bytes[at]) < 0) {
            at++;
        }
        at = Math.min(bytes.length, at + random.nextInt(2));
        int end = random.nextBoolean() ? at : Math.min(bytes.length, at + 1);
        return splice(bytes, at, end, TOKENS[random.nextInt(TOKENS.length)]);
    }

    private static byte[] duplicateAttribute(byte[] bytes, Random random) {
        Matcher attribute = ATTRIBUTE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        List<int[]> found = new ArrayList<>();
        while (attribute.find()) {
            found.add(new int[] {attribute.start(), attribute.end()});
        }
        if (found.isEmpty()) {
            return bytes;
        }
        int[] chosen = found.get(random.nextInt(found.size()));
        byte[] copy = Arrays.copyOfRange(bytes, chosen[0], chosen[1]);
        return splice(bytes, chosen[1], chosen[1], copy);
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, from);
        out.write(insert, 0, insert.length);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }
}
