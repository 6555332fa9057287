package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey diff}, {@code journey merge} and {@code journey show} in a plain JVM: reports and exit codes. */
class CompareCommandsTest {

    @TempDir
    Path dir;

    private Path base;

    @BeforeEach
    void template() throws Exception {
        base = dir.resolve("base.journey");
        JourneyTemplates.instantiate("ecommerce-purchase", base);
    }

    /** A copy of the base map with the first step of the first journey renamed. */
    private Path renamed(String file, String name) throws Exception {
        JourneyResource resource = JourneyPersistence.load(base);
        firstStep(resource).setName(name);
        Path target = dir.resolve(file);
        JourneyPersistence.save(resource, target);
        return target;
    }

    static Step firstStep(JourneyResource resource) {
        return JourneyPersistence.modelOf(resource).getJourneys().get(0).getStages().get(0).getSteps().get(0);
    }

    @Test
    void diffOfARenameNamesTheStepWithBothNames() throws Exception {
        String old = firstStep(JourneyPersistence.load(base)).getName();
        renamed("new.journey", "Hear of us");
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "diff", "base.journey", "new.journey");
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("changed  Journey '"), result.out());
        assertTrue(result.out().contains("/ Step 'Hear of us' name: '" + old + "' -> 'Hear of us'"), result.out());
        assertEquals(1, result.out().lines().count(), result.out());
    }

    @Test
    void diffOfTheSameMapSaysNothingAndExitsZero() throws Exception {
        Files.copy(base, dir.resolve("same.journey"));
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "diff", "base.journey", "same.journey");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
    }

    @Test
    void diffAsJsonListsKindPathFeatureAndValues() throws Exception {
        renamed("new.journey", "Hear of us");
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "diff", "base.journey", "new.journey", "--format",
                "json");
        assertEquals(1, result.exitCode(), result.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(result.out());
        assertEquals("journey-studio-diff/1", json.get("format"));
        @SuppressWarnings("unchecked")
        Map<String, Object> change = ((List<Map<String, Object>>) json.get("differences")).get(0);
        assertEquals("CHANGED", change.get("kind"));
        assertEquals("name", change.get("feature"));
        assertEquals("'Hear of us'", change.get("new"));
    }

    @Test
    void unreadableAndMissingInputsExitThreeWithOneLine() throws Exception {
        Files.writeString(dir.resolve("junk.journey"), "<not xml", StandardCharsets.UTF_8);
        PlainJvm.Result junk = PlainJvm.journey(dir, List.of(), "diff", "base.journey", "junk.journey");
        assertEquals(3, junk.exitCode());
        assertEquals(1, junk.err().lines().count(), junk.err());
        PlainJvm.Result missing = PlainJvm.journey(dir, List.of(), "merge", "base.journey", "base.journey", "gone.journey");
        assertEquals(3, missing.exitCode());
        assertTrue(missing.err().startsWith("journey: "), missing.err());
        PlainJvm.Result usage = PlainJvm.journey(dir, List.of(), "merge", "base.journey", "base.journey");
        assertEquals(2, usage.exitCode());
    }

    @Test
    void mergeOfTwoRenamesKeepsOursListsBothAndExitsOne() throws Exception {
        renamed("ours.journey", "Card number");
        renamed("theirs.journey", "Card details");
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "merge", "base.journey", "ours.journey",
                "theirs.journey", "--output", "merged.journey");
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains("journey: conflict: CHANGED Journey '"), result.err());
        assertTrue(result.err().contains("Step 'Card number' name: ours 'Card number', theirs 'Card details'"),
                result.err());
        assertEquals("Card number", firstStep(JourneyPersistence.load(dir.resolve("merged.journey"))).getName());
    }

    @Test
    void cleanMergeToStandardOutputExitsZero() throws Exception {
        renamed("ours.journey", "Card number");
        PlainJvm.Result result = PlainJvm.journey(dir, List.of(), "merge", "base.journey", "ours.journey",
                "base.journey");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(Files.readString(dir.resolve("ours.journey"), StandardCharsets.UTF_8), result.out());
    }

    @Test
    void representationFilesAreComparedAndMergedApart() throws Exception {
        Files.writeString(dir.resolve("base.journeyrep"), rep("Journey Map", "Flow"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ours.journeyrep"), rep("My map", "Flow"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("theirs.journeyrep"), rep("Journey Map", "Their flow"), StandardCharsets.UTF_8);
        PlainJvm.Result diff = PlainJvm.journey(dir, List.of(), "diff", "base.journeyrep", "ours.journeyrep");
        assertEquals(1, diff.exitCode(), diff.err());
        assertTrue(diff.out().contains("name: 'Journey Map' -> 'My map'"), diff.out());
        // Without an extension, as git hands them to a merge driver.
        Files.copy(dir.resolve("theirs.journeyrep"), dir.resolve(".merge_file_theirs"));
        PlainJvm.Result merge = PlainJvm.journey(dir, List.of(), "merge", "base.journeyrep", "ours.journeyrep",
                ".merge_file_theirs", "--output", "merged.journeyrep");
        assertEquals(0, merge.exitCode(), merge.err());
        assertEquals(rep("My map", "Their flow"), Files.readString(dir.resolve("merged.journeyrep")));
        PlainJvm.Result mixed = PlainJvm.journey(dir, List.of(), "diff", "base.journey", "ours.journeyrep");
        assertEquals(2, mixed.exitCode());
    }

    @Test
    void showPrintsOneStableLinePerElement() throws Exception {
        PlainJvm.Result first = PlainJvm.journey(dir, List.of(), "show", "base.journey");
        assertEquals(0, first.exitCode(), first.err());
        String step = firstStep(JourneyPersistence.load(base)).getName();
        assertTrue(first.out().lines().anyMatch(line -> line.startsWith("      steps: Step '" + step + "'")), first.out());
        JourneyPersistence.save(JourneyPersistence.load(base), dir.resolve("again.journey"));
        assertEquals(first.out(), PlainJvm.journey(dir, List.of(), "show", "again.journey").out());
    }

    private static String rep(String first, String second) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rep:RepresentationFile xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:rep=\"http://www.journeystudio.org/representation/1.0\">\n"
                + "  <representations xsi:type=\"rep:Diagram\" name=\"" + first + "\" viewpoint=\"journey\" "
                + "description=\"journeyMap\">\n"
                + "    <target href=\"base.journey#_root\"/>\n"
                + "  </representations>\n"
                + "  <representations xsi:type=\"rep:Diagram\" name=\"" + second + "\" viewpoint=\"journey\" "
                + "description=\"journeyFlow\">\n"
                + "    <target href=\"base.journey#_root\"/>\n"
                + "  </representations>\n"
                + "</rep:RepresentationFile>\n";
    }
}
