package org.journeystudio.cli.internal;

import java.util.concurrent.Callable;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.templates.JourneyTemplates;

import picocli.CommandLine.Command;

/** {@code journey templates}: lists the templates {@code journey new} can start from. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "List the map templates.")
public final class TemplatesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        for (JourneyTemplates.Template template : JourneyTemplates.list()) {
            System.out.printf("%-22s %s: %s%n", template.name(), template.title(), template.description());
        }
        return JourneyCommand.EXIT_OK;
    }
}
