package org.journeystudio.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code journey viewpoint}: commands about viewpoint specifications ({@code check}). */
@Command(name = "viewpoint", mixinStandardHelpOptions = true,
        description = "Work with viewpoint specifications (.viewpoint files).",
        subcommands = {ViewpointCheckCommand.class, CommandLine.HelpCommand.class})
public final class ViewpointCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
