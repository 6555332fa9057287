package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile maps, round two: each class of attack through the command in its own JVM. A map that
 * refers outside itself (a FIFO, /dev/zero, a local TCP listener) gives JM008 with line and column
 * and never reads, waits or connects; outputs write through links and into devices without
 * replacing them; no error line can be split; {@code journey new} creates exclusively; stale
 * temporary files of killed writes are removed.
 */
class HostileMapsTest {

    private static final Pattern JM008_AT = Pattern.compile("(?m)^[^\\n]*:[0-9]+:[0-9]+: error JM008: .*outside this map.*$");

    @TempDir
    Path dir;

    private String map() throws Exception {
        PlainJvm.Result created = PlainJvm.journey(dir, List.of(), "new", "base.journey", "--template", "support-call");
        assertEquals(0, created.exitCode(), created.err());
        return Files.readString(dir.resolve("base.journey"), StandardCharsets.UTF_8);
    }

    private Path withPersona(String map, String name, String reference) throws IOException {
        String changed = map.replaceFirst("persona=\"[^\"]*\"", "persona=\"" + reference + "\"");
        assertFalse(changed.equals(map), "the template has a journey with a persona");
        return Files.writeString(dir.resolve(name), changed, StandardCharsets.UTF_8);
    }

    private static void assertClean(PlainJvm.Result result) {
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat ")
                || result.err().contains("Error"), "no stack trace: " + result.err());
    }

    @Test
    void referencesOutsideTheMapAreJm008AndAreNeverFollowed() throws Exception {
        String map = map();
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            withPersona(map, "zero.journey", "/dev/zero#_x");
            withPersona(map, "fifo.journey", "fifo#_x");
            withPersona(map, "http.journey", "http://127.0.0.1:" + listener.getLocalPort() + "/other.journey#_x");
            for (String name : List.of("zero.journey", "fifo.journey", "http.journey")) {
                long start = System.nanoTime();
                PlainJvm.Result result = PlainJvm.journey(dir, List.of("-Xmx256m"), "validate", name);
                assertEquals(1, result.exitCode(), name + ": " + result.err());
                assertTrue(JM008_AT.matcher(result.out()).find(), name + ": " + result.out());
                assertClean(result);
                assertTrue((System.nanoTime() - start) / 1_000_000 < 30_000, name + " took too long");
                for (String[] command : List.of(new String[] {"stats", name}, new String[] {"export", name, "--format",
                    "html"}, new String[] {"export", name, "--format", "svg"})) {
                    PlainJvm.Result other = PlainJvm.journey(dir, List.of("-Xmx256m"), command);
                    assertEquals(0, other.exitCode(), String.join(" ", command) + ": " + other.err());
                    assertClean(other);
                }
            }
            // All three in one run: one such file does not stop the others being validated.
            PlainJvm.Result all = PlainJvm.journey(dir, List.of("-Xmx256m"), "validate", "zero.journey", "fifo.journey",
                    "http.journey", "base.journey");
            assertEquals(1, all.exitCode(), all.err());
            assertTrue(all.out().contains("in 4 file(s)"), all.out());
            listener.setSoTimeout(200);
            try {
                listener.accept().close();
                throw new AssertionError("the command connected to the listener the map named");
            } catch (SocketTimeoutException expected) {
                // no connection
            }
        }
    }

    @Test
    void outputsWriteThroughLinksAndIntoDevicesAndRefuseDirectories() throws Exception {
        map();
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        PlainJvm.Result linked = PlainJvm.journey(dir, List.of(), "export", "base.journey", "--format", "csv",
                "--output", "link.csv");
        assertEquals(0, linked.exitCode(), linked.err());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).startsWith("journey,stage,step"), "the file it points to was written");

        PlainJvm.Result full = PlainJvm.journey(dir, List.of(), "export", "base.journey", "--format", "csv",
                "--output", "/dev/full");
        assertEquals(3, full.exitCode(), full.err());
        assertEquals("journey: /dev/full: cannot write: No space left on device", full.err().strip());
        assertFalse(Files.isRegularFile(Path.of("/dev/full")), "/dev/full is still a device");

        PlainJvm.Result toNull = PlainJvm.journey(dir, List.of(), "export", "base.journey", "--format", "json",
                "--output", "/dev/null");
        assertEquals(0, toNull.exitCode(), toNull.err());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");

        PlainJvm.Result dash = PlainJvm.journey(dir, List.of(), "export", "base.journey", "--format", "csv",
                "--output", "-");
        assertEquals(0, dash.exitCode(), dash.err());
        assertTrue(dash.out().startsWith("journey,stage,step"), dash.out());

        Files.createDirectory(dir.resolve("folder"));
        PlainJvm.Result folder = PlainJvm.journey(dir, List.of(), "export", "base.journey", "--format", "csv",
                "--output", "folder");
        assertEquals(2, folder.exitCode(), folder.err());
        assertTrue(folder.err().strip().startsWith("journey: folder: cannot write to a directory"), folder.err());
    }

    @Test
    void aValueHoldingALineBreakCannotForgeASecondErrorLine() throws Exception {
        String map = map();
        Files.writeString(dir.resolve("forged.journey"), map.replaceFirst("kind=\"[A-Z_]+\"",
                "kind=\"X&#10;journey: other.journey:1:1: fake\""), StandardCharsets.UTF_8);
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "validate", "forged.journey");
        assertEquals(3, result.exitCode(), result.err());
        List<String> lines = result.err().strip().lines().toList();
        assertEquals(1, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith("journey: forged.journey:") && lines.get(0).contains("X\\njourney: other"),
                lines.get(0));
    }

    @Test
    void racingNewCommandsCreateTheFileOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int trial = 0; trial < 3; trial++) {
                String name = "race" + trial + ".journey";
                List<Future<PlainJvm.Result>> runs = List.of(
                        pool.submit(() -> PlainJvm.journey(Files.createTempDirectory(dir, "a"), List.of(), "new",
                                dir.resolve(name).toString(), "--template", "blank")),
                        pool.submit(() -> PlainJvm.journey(Files.createTempDirectory(dir, "b"), List.of(), "new",
                                dir.resolve(name).toString(), "--template", "support-call")));
                AtomicInteger created = new AtomicInteger();
                for (Future<PlainJvm.Result> run : runs) {
                    PlainJvm.Result result = run.get();
                    if (result.exitCode() == 0) {
                        created.incrementAndGet();
                    } else {
                        assertEquals(2, result.exitCode(), result.err());
                        assertTrue(result.err().contains("exists; use --force"), result.err());
                    }
                }
                assertEquals(1, created.get(), "exactly one run reports 'created'");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void staleTemporaryFilesOfKilledWritesAreRemovedByTheNextWrite() throws Exception {
        map();
        Path stale = Files.writeString(dir.resolve(".out.csv.123456789.tmp"), "left by a killed write");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = Files.writeString(dir.resolve(".out.csv.987654321.tmp"), "a write under way");
        Path other = Files.writeString(dir.resolve(".out.csv.notours.tmp"), "not our pattern");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(3600)));
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "export", "base.journey", "--format", "csv",
                "--output", "out.csv");
        assertEquals(0, result.exitCode(), result.err());
        assertFalse(Files.exists(stale), "the stale temporary file is gone");
        assertTrue(Files.exists(fresh) && Files.exists(other), "a recent one and another pattern are left");
    }

    @Test
    void theHtmlReportFollowsTheMapNotTheScale() throws Exception {
        String map = map();
        for (String scale : List.of("min=\"-1000000\" max=\"1000000\"", "min=\"-2147483648\" max=\"2147483647\"")) {
            Files.writeString(dir.resolve("wide.journey"), map.replaceFirst("<emotionScale[^>]*>",
                    "<emotionScale xmi:id=\"_scale\" " + scale + "/>"), StandardCharsets.UTF_8);
            PlainJvm.Result html = PlainJvm.journey(dir, List.of("-Xmx256m"), "export", "wide.journey", "--format",
                    "html", "--output", "wide.html");
            assertEquals(0, html.exitCode(), html.err());
            assertTrue(Files.size(dir.resolve("wide.html")) < 200_000, scale + ": " + Files.size(dir.resolve("wide.html")));
            PlainJvm.Result validated = PlainJvm.journey(dir, List.of(), "validate", "wide.journey");
            assertTrue(validated.out().contains("warning JM107: Emotion scale "), validated.out());
        }
    }

    @Test
    void aFlowOf6000StepsInOneChainIsLaidOut() throws Exception {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            steps.append("      <steps xmi:id=\"s").append(i).append("\" name=\"Step ").append(i).append('"')
                    .append(i + 1 < 6000 ? " next=\"s" + (i + 1) + "\"" : "").append("/>\n");
        }
        Files.writeString(dir.resolve("chain.journey"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<journey:JourneyModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:journey=\"http://www.journeystudio.org/journey/1.0\" xmi:id=\"m\" name=\"Chain\">\n"
                + "  <emotionScale xmi:id=\"e\"/>\n  <journeys xmi:id=\"j\" name=\"Chain\">\n"
                + "    <stages xmi:id=\"st\" name=\"All\">\n" + steps + "    </stages>\n  </journeys>\n"
                + "</journey:JourneyModel>\n", StandardCharsets.UTF_8);
        PlainJvm.Result result = PlainJvm.journey(dir, List.of("-Xss512k"), "export", "chain.journey", "--format", "svg",
                "--representation", "journeyFlow", "--output", "chain.svg");
        assertEquals(0, result.exitCode(), result.err());
        assertClean(result);
        assertTrue(Files.readString(dir.resolve("chain.svg")).contains("id='s5999'"), "the last step is drawn");
    }

    @Test
    void aNulInAMermaidNameAndAnEmptyFileAreRefusedWithTheirLine() throws Exception {
        Files.writeString(dir.resolve("nul.mmd"), "journey\n  title T\n  section S\n    Make\u0000tea: 5: Me\n");
        PlainJvm.Result nul = PlainJvm.journey(dir, List.of(), "import", "nul.mmd");
        assertEquals(3, nul.exitCode(), nul.err());
        assertEquals("journey: nul.mmd:4:9: the character U+0000 cannot be part of a journey map (XML 1.0 forbids it)",
                nul.err().strip());
        Files.writeString(dir.resolve("empty.mmd"), "");
        PlainJvm.Result empty = PlainJvm.journey(dir, List.of(), "import", "empty.mmd");
        assertEquals(3, empty.exitCode(), empty.err());
        assertEquals("journey: empty.mmd:1: not a Mermaid journey diagram: no 'journey' header", empty.err().strip());
    }

    @Test
    void rejectionsOfWrongTypesBadCodePointsAndEncodingsNameTheirLine() throws Exception {
        String map = map();
        String step = map.replaceFirst("(?s).*?<steps xmi:id=\"([^\"]+)\".*", "$1");
        withPersona(map, "wrong-type.journey", step);
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<journey:JourneyModel xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:journey=\"http://www.journeystudio.org/journey/1.0\" name=\"a";
        byte[] tail = "b\"/>\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("surrogate.journey"), concat(head.getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, tail));
        Files.write(dir.resolve("above-10ffff.journey"), concat(head.getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, tail));
        Files.writeString(dir.resolve("encoding.journey"), head.replace("UTF-8", "X-NOPE") + "\"/>\n");
        Map<String, String> expected = Map.of("wrong-type.journey", ":50: illegal value a Step '",
                "surrogate.journey", ":2:", "above-10ffff.journey", ":2:", "encoding.journey", ":1: unknown encoding 'X-NOPE'");
        for (Map.Entry<String, String> each : expected.entrySet()) {
            PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "validate", each.getKey());
            assertEquals(3, result.exitCode(), result.err());
            assertTrue(result.err().strip().startsWith("journey: " + each.getKey() + each.getValue()), result.err());
            assertClean(result);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void mermaidKeepsRunsOfSpacesAndTabsInNames() throws Exception {
        Files.writeString(dir.resolve("spaces.mmd"), "journey\n  title T\n  section Go   home\n    Make   tea\there: 5: Me\n");
        assertEquals(0, PlainJvm.journey(dir, List.of(), "import", "spaces.mmd").exitCode());
        PlainJvm.Result exported = PlainJvm.journey(dir, List.of(), "export", "spaces.journey", "--format", "mermaid");
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("section Go   home\n") && exported.out().contains("Make   tea\there: 5: Me"),
                exported.out());
    }

    @Test
    void importReadsNoMoreThanItsBoundFromADevice() throws Exception {
        PlainJvm.Result result = PlainJvm.journey(dir, List.of("-Xmx256m"), "import", "/dev/zero", "--output",
                "zero.journey");
        assertEquals(3, result.exitCode(), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertClean(result);
    }

    @Test
    void aMapReadThroughAPipeAndALiteralBraceNameAreRead() throws Exception {
        String map = map();
        Files.writeString(dir.resolve("a{b}.journey"), map.replace("<journeys ", "<!-- needs EMF -->\n  <journeys "),
                StandardCharsets.UTF_8);
        PlainJvm.Result literal = PlainJvm.journey(dir, List.of(), "validate", "a{b}.journey");
        assertEquals(0, literal.exitCode(), literal.err() + literal.out());
        Path fifo = dir.resolve("pipe.journey");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Process feeder = new ProcessBuilder("sh", "-c", "cat 'a{b}.journey' > pipe.journey").directory(dir.toFile()).start();
        PlainJvm.Result piped = PlainJvm.journey(dir, List.of(), "validate", "pipe.journey");
        feeder.waitFor();
        assertEquals(0, piped.exitCode(), piped.err() + piped.out());
    }

    @Test
    void unresolvedReferencesAreNamedAsSuchInReportsAndDiagrams() throws Exception {
        String map = withPersona(map(), "outside.journey", "other.journey#_gone").toString();
        String text = Files.readString(Path.of(map), StandardCharsets.UTF_8);
        String broken = text.replaceFirst("channels=\"([^\"]*)\"", "channels=\"$1 elsewhere.journey#_lost\"");
        assertFalse(broken.equals(text), "the template has a step with channels");
        Files.writeString(Path.of(map), broken, StandardCharsets.UTF_8);
        PlainJvm.Result html = PlainJvm.journey(dir, List.of(), "export", "outside.journey", "--format", "html",
                "--output", "outside.html");
        assertEquals(0, html.exitCode(), html.err());
        String report = Files.readString(dir.resolve("outside.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("Persona: unresolved &#39;other.journey#_gone&#39;")
                || report.contains("Persona: unresolved 'other.journey#_gone'"), report);
        assertFalse(report.contains("Persona: null"), report);
        PlainJvm.Result svg = PlainJvm.journey(dir, List.of(), "export", "outside.journey", "--format", "svg",
                "--output", "outside.svg");
        assertEquals(0, svg.exitCode(), svg.err());
        String drawing = Files.readString(dir.resolve("outside.svg"), StandardCharsets.UTF_8);
        assertTrue(drawing.contains("Persona: unresolved"), "the subtitle names the unresolved persona");
        assertTrue(report.contains("unresolved &#39;elsewhere.journey#_lost&#39;")
                || report.contains("unresolved 'elsewhere.journey#_lost'"), "the channel list names the lost channel");
        PlainJvm.Result csv = PlainJvm.journey(dir, List.of(), "export", "outside.journey", "--format", "csv",
                "--output", "outside.csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(Files.readString(dir.resolve("outside.csv"), StandardCharsets.UTF_8)
                .contains("unresolved 'elsewhere.journey#_lost'"), "the CSV names the lost channel");
        assertFalse(drawing.contains("Persona: null"));
        // The JSON report gives the column of each reference, as the text and SARIF reports do.
        PlainJvm.Result json = PlainJvm.journey(dir, List.of(), "validate", "outside.journey", "--format", "json");
        assertEquals(1, json.exitCode(), json.err());
        assertTrue(Pattern.compile("\"code\": \"JM008\".*\"line\": [1-9][0-9]*, \"column\": [1-9][0-9]*")
                .matcher(json.out()).find(), json.out());
    }

    @Test
    void aFileNameThatIsNotUtf8IsExplainedAndItsFolderWorks() throws Exception {
        map();
        Path folder = Files.createDirectory(dir.resolve("latin1"));
        // A name with the Latin-1 byte 0xE9 is made by the shell: Java cannot spell it.
        assertEquals(0, new ProcessBuilder("sh", "-c", "cp base.journey \"latin1/caf$(printf '\\351').journey\"")
                .directory(dir.toFile()).start().waitFor());
        PlainJvm.Result named = PlainJvm.journey(dir, List.of(), "validate", "latin1/caf\uFFFD.journey");
        assertEquals(3, named.exitCode(), named.err());
        assertTrue(named.err().contains("not UTF-8") && named.err().contains("folder"), named.err());
        assertEquals(1, named.err().strip().lines().count(), named.err());
        PlainJvm.Result byFolder = PlainJvm.journey(dir, List.of(), "validate", folder.getFileName().toString());
        assertEquals(0, byFolder.exitCode(), byFolder.err() + byFolder.out());
        assertTrue(byFolder.out().contains("in 1 file(s)"), byFolder.out());
    }
}
