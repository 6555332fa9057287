package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.compare.Conflict;
import org.journeystudio.model.compare.ThreeWayMerge;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.model.persistence.JourneyPersistence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey merge}: three-way merge of two versions of a map with their common ancestor; a git merge driver. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge two versions of a map (or of its .journeyrep view states) with their common ancestor, "
                + "elements matched by xmi:id.",
            "What one side changed is taken; what both changed alike is taken once. Conflicts (a feature changed to "
                + "different values; an element deleted on one side and changed or given children on the other; the "
                + "same list reordered differently; a reference to an element the other side deleted, which is "
                + "dropped) are resolved to OURS and listed on standard error, one line each with both values. The "
                + "result always loads and has no dangling reference.",
            "As a git merge driver: journey merge %O %A %B --output %A"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged without conflict", "1:merged, with conflicts resolved to OURS (listed)",
            "2:bad usage", "3:an input cannot be read"})
public final class MergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor.")
    private Path baseFile;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our version (kept where the versions conflict).")
    private Path oursFile;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version.")
    private Path theirsFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the merged map here, atomically (may be OURS); default: standard output.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        boolean representations = CompareInputs.isRepresentationFile(oursFile);
        for (Path other : List.of(baseFile, theirsFile)) {
            if (CompareInputs.isRepresentationFile(other) != representations) {
                System.err.println("journey: cannot merge a map with a representation file: "
                        + EchoedText.escape(other.toString()));
                return JourneyCommand.EXIT_USAGE;
            }
        }
        Resource base = CompareInputs.load(baseFile, representations);
        Resource ours = CompareInputs.load(oursFile, representations);
        Resource theirs = CompareInputs.load(theirsFile, representations);
        Resource merged = CompareInputs.empty(Output.isStandardOutput(output) ? oursFile : output, representations);
        ThreeWayMerge.MergedInto result = ThreeWayMerge.mergeInto(base, ours, theirs, merged);
        if (Output.isStandardOutput(output)) {
            Output.bytes(null, JourneyPersistence.toBytes(merged));
        } else {
            JourneyPersistence.save(merged, output);
        }
        for (Conflict conflict : result.conflicts()) {
            System.err.println(EchoedText.escape(CompareReports.conflictLine(conflict)));
        }
        if (result.clean()) {
            return JourneyCommand.EXIT_OK;
        }
        System.err.println("journey: " + result.conflicts().size() + " conflict(s), resolved to OURS");
        return JourneyCommand.EXIT_PROBLEMS;
    }
}
