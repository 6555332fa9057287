package org.journeystudio.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.journeystudio.cli.internal.DeviationCommand;
import org.journeystudio.cli.internal.DiffCommand;
import org.journeystudio.cli.internal.ExportCommand;
import org.journeystudio.cli.internal.ImportCommand;
import org.journeystudio.cli.internal.MergeCommand;
import org.journeystudio.cli.internal.NewCommand;
import org.journeystudio.cli.internal.ShowCommand;
import org.journeystudio.cli.internal.StatsCommand;
import org.journeystudio.cli.internal.TemplatesCommand;
import org.journeystudio.cli.internal.ValidateCommand;
import org.journeystudio.cli.internal.ViewpointCommand;
import org.journeystudio.cli.internal.ViewpointsCommand;

import picocli.CommandLine;

/**
 * The subcommands of {@code journey}, in the order its help lists them, and which of them one
 * run needs. picocli builds the model of a command (every option, read reflectively from its
 * annotations) when the command is added, which is a good part of a short run; a run that names
 * its subcommand gets only that one. Help, no subcommand and an unknown name get them all, so
 * that the usage and picocli's suggestions are those of the whole command.
 */
final class Subcommands {

    /** Each subcommand's class under its {@code @Command} name (a test checks the names). */
    static final Map<String, Class<?>> ALL = all();

    private Subcommands() {
    }

    private static Map<String, Class<?>> all() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("validate", ValidateCommand.class);
        all.put("stats", StatsCommand.class);
        all.put("export", ExportCommand.class);
        all.put("import", ImportCommand.class);
        all.put("new", NewCommand.class);
        all.put("templates", TemplatesCommand.class);
        all.put("viewpoints", ViewpointsCommand.class);
        all.put("viewpoint", ViewpointCommand.class);
        all.put("deviation", DeviationCommand.class);
        all.put("diff", DiffCommand.class);
        all.put("merge", MergeCommand.class);
        all.put("show", ShowCommand.class);
        all.put("help", CommandLine.HelpCommand.class);
        return all;
    }

    /** Adds to {@code line} the subcommands a run with these arguments can reach. */
    static void addTo(CommandLine line, String... args) {
        String named = named(args);
        if (named != null && !"help".equals(named)) {
            line.addSubcommand(named, ALL.get(named));
            return;
        }
        ALL.forEach(line::addSubcommand);
    }

    /** The subcommand the arguments name (the first that is not an option), if it is one of ours. */
    static String named(String... args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            return ALL.containsKey(arg) ? arg : null;
        }
        return null;
    }
}
