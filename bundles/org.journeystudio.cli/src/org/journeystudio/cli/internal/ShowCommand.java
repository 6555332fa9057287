package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.compare.MapOutline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey show}: a map as a stable readable outline, e.g. for git's {@code diff.journey.textconv}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print a map (or a .journeyrep) as a readable outline: one line per element, indented by "
                + "depth, with its containment feature, its class and name, and its set values (references as "
                + "the paths of their targets). Ids are left out; the same map always gives the same text.",
            "As git's textconv: git config diff.journey.textconv 'journey show'"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the outline was written", "2:bad usage", "3:FILE cannot be read"})
public final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The .journey or .journeyrep file.")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write here (atomically) instead.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        var resource = CompareInputs.load(file, CompareInputs.isRepresentationFile(file));
        Output.text(output, writer -> MapOutline.write(resource, writer));
        return JourneyCommand.EXIT_OK;
    }
}
