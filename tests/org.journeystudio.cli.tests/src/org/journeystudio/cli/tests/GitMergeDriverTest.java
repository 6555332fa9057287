package org.journeystudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.journeystudio.model.journey.Step;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's git set-up with the real {@code git} command: {@code journey merge} as the merge
 * driver of {@code *.journey} and {@code journey show} as its textconv, in a temporary repository
 * holding a template map that two branches edit.
 */
class GitMergeDriverTest {

    @TempDir
    Path dir;

    private Path repo;
    private Path map;

    /** What one git command printed (standard output and error together) and returned. */
    record Run(int exitCode, String output) {
    }

    @BeforeEach
    void repository() throws Exception {
        repo = Files.createDirectories(dir.resolve("repo"));
        Path journey = dir.resolve("journey");
        Files.writeString(journey, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + PlainJvm.classPath() + "' org.journeystudio.cli.JourneyCommand \"$@\"\n");
        Files.setPosixFilePermissions(journey, PosixFilePermissions.fromString("rwxr-xr-x"));
        git("init", "-q", "-b", "main");
        git("config", "user.name", "Test");
        git("config", "user.email", "test@example.invalid");
        git("config", "merge.journey.name", "Journey Studio model merge");
        git("config", "merge.journey.driver", journey + " merge %O %A %B --output %A");
        git("config", "diff.journey.textconv", journey + " show");
        Files.writeString(repo.resolve(".gitattributes"),
                "*.journey merge=journey diff=journey\n*.journeyrep merge=journey diff=journey\n");
        map = repo.resolve("map.journey");
        JourneyTemplates.instantiate("ecommerce-purchase", map);
        git("add", ".");
        git("commit", "-q", "-m", "map from the template");
    }

    @Test
    void editsOfDifferentStepsMergeCleanlyAndTheResultValidates() throws Exception {
        Run merge = mergeBranches(new Branch("rename", 0, step -> step.setName("Hear of us")),
                new Branch("feeling", 1, step -> step.setFeeling("Curious what it costs")));
        assertEquals(0, merge.exitCode(), merge.output());
        JourneyResource merged = JourneyPersistence.load(map);
        assertEquals("Hear of us", step(merged, 0).getName());
        assertEquals("Curious what it costs", step(merged, 1).getFeeling());
        assertTrue(JourneyValidation.validate(merged).stream().noneMatch(d -> d.severity() == Severity.ERROR));
        Run diff = run("git", "diff", "main", "--", "map.journey");
        assertTrue(diff.output().contains("+      steps: Step 'Hear of us'"), diff.output());
    }

    @Test
    void twoRenamesOfOneStepStopTheMergeAsConflicted() throws Exception {
        String original = step(JourneyPersistence.load(map), 0).getName();
        Run merge = mergeBranches(new Branch("ours", 0, step -> step.setName("Card number")),
                new Branch("theirs", 0, step -> step.setName("Card details")));
        assertNotEquals(0, merge.exitCode(), merge.output());
        assertTrue(merge.output().contains("CONFLICT (content): Merge conflict in map.journey"), merge.output());
        assertTrue(merge.output().contains("Step 'Card number' name: ours 'Card number', theirs 'Card details'"),
                merge.output());
        assertTrue(git("status", "--porcelain").contains("UU map.journey"));
        JourneyResource result = JourneyPersistence.load(map);
        assertEquals("Card number", step(result, 0).getName());
        assertNotEquals(original, step(result, 0).getName());
    }

    private interface Edit {
        void apply(Step step);
    }

    /** A branch from main that makes one edit of one step of the first stage. */
    private record Branch(String name, int stepIndex, Edit edit) {
    }

    /** Makes both branches from main, then merges the second into the first. */
    private Run mergeBranches(Branch ours, Branch theirs) throws Exception {
        for (Branch branch : List.of(ours, theirs)) {
            git("checkout", "-q", "main");
            git("checkout", "-q", "-b", branch.name());
            JourneyResource resource = JourneyPersistence.load(map);
            branch.edit().apply(step(resource, branch.stepIndex()));
            JourneyPersistence.save(resource);
            git("commit", "-q", "-am", "edit on " + branch.name());
        }
        git("checkout", "-q", ours.name());
        return run("git", "merge", "--no-edit", theirs.name());
    }

    private static Step step(JourneyResource resource, int index) {
        return JourneyPersistence.modelOf(resource).getJourneys().get(0).getStages().get(0).getSteps().get(index);
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Run run = run(command.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + run.output());
        }
        return run.output();
    }

    private Run run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_PAGER", "cat");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
