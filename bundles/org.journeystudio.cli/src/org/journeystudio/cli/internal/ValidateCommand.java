package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.Severity;
import org.journeystudio.viewpoint.rules.SpecRuleValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey validate}: checks maps against the language's rules (JM001 ... JM201) and those of --viewpoint files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate journey maps against the rules of the journey language.",
            "FILE may be a file, a directory (every .journey below it) or a glob such as 'maps/**.journey'.",
            "With --viewpoint FILE, the validation rules of that specification run too, reported by their own ids."})
public final class ValidateCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { text, json, sarif, junit }

    /** The lowest severity that makes the command fail. */
    enum FailOn { error, warning }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories or globs to validate.")
    private List<String> files;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the report here instead of standard output.")
    private Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a problem at or above this level is found: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Mixin
    private ViewpointOptions viewpoints = new ViewpointOptions();

    @Override
    public Integer call() throws Exception {
        List<Path> inputs = InputFiles.expand(files);
        if (inputs.isEmpty()) {
            System.err.println("journey: no .journey file matches " + String.join(" ", files));
            return JourneyCommand.EXIT_USAGE;
        }
        // The specifications are read beside the first map's load; see FileValidation for the threads.
        BackgroundSpecs specs = BackgroundSpecs.start(viewpoints);
        List<FileReport> reports = new FileValidation(specs).validate(inputs);
        boolean unreadable = false;
        for (FileReport report : reports) {
            if (report.unreadable() != null) {
                System.err.println("journey: " + report.unreadable());
                unreadable = true;
            }
        }
        List<ReportedRule> rules = ReportedRule.of(SpecRuleValidation.rules(specs.get()));
        Output.text(output, writer -> ValidationReports.write(format.name(), reports, rules, writer));
        if (unreadable) {
            return JourneyCommand.EXIT_UNREADABLE;
        }
        return failing(reports) ? JourneyCommand.EXIT_PROBLEMS : JourneyCommand.EXIT_OK;
    }

    private boolean failing(List<FileReport> reports) {
        return reports.stream().flatMap(r -> r.diagnostics().stream())
                .anyMatch(d -> d.severity() == Severity.ERROR
                        || failOn == FailOn.warning && d.severity() == Severity.WARNING);
    }

    /** What validation found in one file; {@code unreadable} is the load error, if any. */
    record FileReport(String file, List<JourneyDiagnostic> diagnostics, String unreadable) {
    }
}
