package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey viewpoint check}: the problems of specifications, each at its line, as a specifier fixes them. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check viewpoint specifications as Journey Studio loads them: the XML, every expression (compiled "
            + "and its property paths checked against the journey metamodel), domain classes and features, unique "
            + "names, validation rules (ids of your own prefix: JM is reserved), and viewpoint names that clash with "
            + "the built-in one.",
            "Text: one line per problem, FILE:LINE: ELEMENT: MESSAGE [in 'EXPRESSION'].",
            "Exit codes: 0 no problem, 1 problems, 3 a file cannot be read or is not a specification."})
public final class ViewpointCheckCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { text, json, sarif }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .viewpoint files to check.")
    private List<Path> files;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the report here instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        List<LoadedSpec> checked = new ArrayList<>();
        for (Path file : files) {
            // One registry per file: two versions of one specification may be checked side by side.
            checked.add(ViewpointRegistry.withBuiltIn().load(file));
        }
        Output.text(output, writer -> SpecCheckReports.write(format.name(), checked, writer));
        if (checked.stream().anyMatch(LoadedSpec::unreadable)) {
            return JourneyCommand.EXIT_UNREADABLE;
        }
        return checked.stream().anyMatch(spec -> !spec.problems().isEmpty()) ? JourneyCommand.EXIT_PROBLEMS
                : JourneyCommand.EXIT_OK;
    }
}
