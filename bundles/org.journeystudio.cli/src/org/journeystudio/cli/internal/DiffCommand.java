package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.compare.Difference;
import org.journeystudio.model.compare.ModelDiff;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey diff}: what changed between two versions of a map, element by element. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show the differences between two versions of a map (or of its .journeyrep view states), "
                + "elements matched by xmi:id.",
            "One line per difference: added, deleted, moved (another container, or another position among the "
                + "siblings it kept) and changed (a feature, with its old and new values); each names the element by "
                + "its readable path, e.g. Journey 'Buy online' / Stage 'Pay' / Step 'Enter card'. Nothing is "
                + "printed when the versions do not differ."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no difference", "1:differences", "2:bad usage", "3:an input cannot be read"})
public final class DiffCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "OLD", description = "The old version (.journey or .journeyrep).")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new version, of the same kind.")
    private Path newFile;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the report here (atomically).")
    private Path output;

    @Override
    public Integer call() throws Exception {
        boolean representations = CompareInputs.isRepresentationFile(oldFile);
        if (representations != CompareInputs.isRepresentationFile(newFile)) {
            System.err.println("journey: cannot compare a map with a representation file: " + oldFile + ", " + newFile);
            return JourneyCommand.EXIT_USAGE;
        }
        Resource before = CompareInputs.load(oldFile, representations);
        Resource after = CompareInputs.load(newFile, representations);
        List<Difference> differences = ModelDiff.compare(before, after);
        if (format == Format.json) {
            Output.text(output, w -> CompareReports.diffJson(oldFile.toString(), newFile.toString(), differences, w));
        } else {
            Output.text(output, w -> CompareReports.diffText(differences, w));
        }
        return differences.isEmpty() ? JourneyCommand.EXIT_OK : JourneyCommand.EXIT_PROBLEMS;
    }
}
