package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.viewpoint.CrossTableDescription;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code journey viewpoints}: the viewpoints the command sees, with their representation descriptions and rules. */
@Command(name = "viewpoints", mixinStandardHelpOptions = true,
        description = {"List the viewpoints: the built-in journey viewpoint and those of --viewpoint files, each with "
            + "its representation descriptions (name, label, kind, domain class) and validation rules.",
            "A name or label listed here is what 'journey export --representation' takes."})
public final class ViewpointsCommand implements Callable<Integer> {

    @Mixin
    private ViewpointOptions viewpoints = new ViewpointOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write the list here instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        ViewpointRegistry registry = viewpoints.registry();
        Output.text(output, writer -> list(registry.all(), writer));
        return JourneyCommand.EXIT_OK;
    }

    private static void list(List<LoadedSpec> specs, Writer out) throws IOException {
        for (LoadedSpec spec : specs) {
            out.write(spec.id() + "  (" + spec.source().name().toLowerCase(Locale.ROOT).replace('_', '-') + ")\n");
            for (Viewpoint viewpoint : spec.viewpoints()) {
                out.write("  viewpoint " + viewpoint.getName() + "  " + label(viewpoint.getLabel(), viewpoint.getName())
                        + rules(viewpoint.getValidationRules()) + "\n");
                TextTable table = new TextTable(false, false, false);
                for (RepresentationDescription description : viewpoint.getRepresentations()) {
                    table.row(description.getName(), label(description.getLabel(), description.getName()),
                            kind(description) + " of " + description.getDomainClass());
                }
                table.write("    ", out);
            }
        }
        out.flush();
    }

    private static String rules(List<ValidationRule> rules) {
        return rules.isEmpty() ? "" : "  (rules: " + rules.stream()
                .map(rule -> rule.getId() + " " + rule.getSeverity().getName().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String label(String label, String name) {
        return label == null || label.isBlank() ? name : label;
    }

    private static String kind(RepresentationDescription description) {
        if (description instanceof DiagramDescription) {
            return "diagram";
        }
        return description instanceof CrossTableDescription ? "cross table" : "table";
    }
}
