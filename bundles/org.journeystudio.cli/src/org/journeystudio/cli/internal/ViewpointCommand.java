package org.journeystudio.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code journey viewpoint}: commands about viewpoint specifications ({@code check}). */
@Command(name = "viewpoint", mixinStandardHelpOptions = true,
        description = "Work with viewpoint specifications (.viewpoint files).",
        subcommands = {ViewpointCheckCommand.class, CommandLine.HelpCommand.class})
public final class ViewpointCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
