package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.templates.JourneyTemplates;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey new}: creates a map from a template, with fresh element ids. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new journey map from a template (see 'journey templates').")
public final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The .journey file to create.")
    private Path file;

    @Option(names = {"-t", "--template"}, defaultValue = "blank", paramLabel = "NAME",
            description = "Template name (default: ${DEFAULT-VALUE}).")
    private String template;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        if (JourneyTemplates.find(template).isEmpty()) {
            System.err.println("journey: unknown template '" + template + "'; known: " + JourneyTemplates.list().stream()
                    .map(JourneyTemplates.Template::name).collect(Collectors.joining(", ")));
            return JourneyCommand.EXIT_USAGE;
        }
        if (Output.refusesOverwrite(file, force)) {
            return JourneyCommand.EXIT_USAGE;
        }
        JourneyResource resource = JourneyTemplates.create(template, URI.createFileURI(file.toAbsolutePath().toString()));
        if (!Output.saveMap(resource, file, force)) {
            return JourneyCommand.EXIT_USAGE;
        }
        System.err.println("journey: created " + EchoedText.escape(file.toString()) + " from template '" + template + "'");
        return JourneyCommand.EXIT_OK;
    }
}
