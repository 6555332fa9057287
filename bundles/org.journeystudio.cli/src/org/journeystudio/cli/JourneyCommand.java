package org.journeystudio.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.journeystudio.cli.internal.ErrorHandler;
import org.journeystudio.cli.startup.ModelWarmUp;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The headless {@code journey} command. Runs on a plain JVM (no OSGi, SWT or display),
 * so teams can validate, summarise, export and import maps in CI with nothing but a JDK.
 */
@Command(name = "journey", mixinStandardHelpOptions = true, version = "Journey Studio 0.1.0",
        description = "Validate, summarise, export, import and create customer journey maps (.journey files).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above the fail level", "1:problems at or above the fail level",
            "2:bad usage", "3:an input cannot be read or is not a journey model"})
public final class JourneyCommand implements Runnable {

    /** Exit code: nothing at or above the fail level. */
    public static final int EXIT_OK = 0;
    /** Exit code: problems at or above the fail level. */
    public static final int EXIT_PROBLEMS = 1;
    /** Exit code: bad usage. */
    public static final int EXIT_USAGE = 2;
    /** Exit code: an input cannot be read or is not a journey model. */
    public static final int EXIT_UNREADABLE = 3;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures (for bug reports).")
    private boolean debug;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this in-process too). */
    public static int execute(String... args) {
        // The metamodels are built beside the parsing of the arguments; the command starts once they are ready.
        ModelWarmUp warmUp = ModelWarmUp.start();
        JourneyCommand root = new JourneyCommand();
        CommandLine line = new CommandLine(root);
        // Subcommands are in Subcommands: a run that names one builds only that one.
        Subcommands.addTo(line, args);
        line.setExecutionStrategy(parsed -> {
            warmUp.await();
            return new CommandLine.RunLast().execute(parsed);
        });
        // Help is UTF-8 like every other output of the command, whatever the console's encoding.
        line.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(System.err, true));
        line.setExecutionExceptionHandler(new ErrorHandler(() -> root.debug));
        return line.execute(args);
    }
}
