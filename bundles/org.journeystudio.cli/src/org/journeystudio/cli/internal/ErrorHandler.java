package org.journeystudio.cli.internal;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.WriteTarget;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on standard error and the documented exit code; the
 * stack trace only with {@code --debug}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {

    private final BooleanSupplier debug;

    public ErrorHandler(BooleanSupplier debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine line, ParseResult parsed) {
        if (debug.getAsBoolean()) {
            failure.printStackTrace(line.getErr());
        }
        if (failure instanceof JourneyLoadException load) {
            line.getErr().println("journey: " + load.getMessage());
            return JourneyCommand.EXIT_UNREADABLE;
        }
        if (failure instanceof ViewpointOptions.SpecProblems specs) {
            specs.problems().forEach(problem -> line.getErr().println("journey: " + EchoedText.escape(problem.toString())));
            return JourneyCommand.EXIT_UNREADABLE;
        }
        if (failure instanceof WriteTarget.RefusedException refused) {
            line.getErr().println("journey: " + refused.getMessage());
            return JourneyCommand.EXIT_USAGE;
        }
        if (failure instanceof IOException io) {
            line.getErr().println("journey: " + oneLine(io.getMessage(), io));
            return JourneyCommand.EXIT_UNREADABLE;
        }
        line.getErr().println("journey: internal error: " + oneLine(failure.getMessage(), failure)
                + " (run with --debug for details)");
        return JourneyCommand.EXIT_UNREADABLE;
    }

    private static String oneLine(String message, Throwable failure) {
        String text = message == null ? failure.getClass().getSimpleName() : message;
        return EchoedText.escape(text.replaceAll("\\s+", " ").trim());
    }
}
