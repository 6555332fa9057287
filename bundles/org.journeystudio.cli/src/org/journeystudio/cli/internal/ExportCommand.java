package org.journeystudio.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.export.CsvExport;
import org.journeystudio.model.export.HtmlReport;
import org.journeystudio.model.export.JsonExport;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.mermaid.MermaidJourneyWriter;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey export}: writes a map in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a journey map.",
            "Formats: xmi (normalised XMI: same model, same bytes), json (stable shape mirroring the metamodel: "
                + "every element has id and type, then its features), csv (one row per step), html (a "
                + "self-contained report: personas, emotion curves, stages, pain points, opportunities, metrics), "
                + "mermaid (a Mermaid "
                + "'journey' diagram per journey, one after another separated by a blank line; 'journey import' "
                + "reads it back).",
            "Mermaid says less than a map: a stage is a section, a step a task 'Step: score: actors'. The score is "
                + "the step's emotion mapped linearly onto 1..5 (-2 -> 1, 0 -> 3, +2 -> 5 on the default scale); "
                + "a step whose emotion is not assessed gets 3, since Mermaid cannot leave a task unscored. The "
                + "actors are the journey's persona, then the step's actors; the description becomes accDescr. In "
                + "names, ':' ';' '#' (and ',' in actor names) are replaced by the look-alikes U+2236, U+FF1B, "
                + "U+FF03 (U+201A), since Mermaid would read them as syntax.",
            "svg, png, pdf: a diagram of the journey viewpoint, drawn without a display (--representation, "
                + "default journeyMap: the lane grid with the emotion curve; also serviceBlueprint, journeyFlow, "
                + "personaCard). With --representation, csv and html export a table of the viewpoint instead "
                + "(painPoints, opportunities, touchpointChannels). --journey picks the journey (default: the first).",
            "--viewpoint FILE adds the representations of a user-written specification (see 'journey viewpoints')."})
public final class ExportCommand implements Callable<Integer> {

    /** The formats this command writes. */
    enum Format { xmi, json, csv, html, mermaid, svg, png, pdf }

    @Parameters(index = "0", paramLabel = "FILE", description = "The .journey file to export.")
    private Path file;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write here instead of standard output: a file atomically (through a symbolic link, the file it "
                    + "points to), a device or a pipe as a stream; '-' is standard output; a directory is refused (exit 2).")
    private Path output;

    @Option(names = "--journey", paramLabel = "NAME",
            description = "mermaid: export only the journey with this name (default: every journey). "
                    + "Representations: the journey to show (default: the first). Ignored otherwise.")
    private String journey;

    @Option(names = {"-r", "--representation"}, paramLabel = "NAME",
            description = "A representation of the journey viewpoint, by name or label (svg/png/pdf: a diagram, "
                    + "default journeyMap; csv/html: a table instead of the whole-map export).")
    private String representation;

    @Mixin
    private ViewpointOptions viewpoints = new ViewpointOptions();

    @Override
    public Integer call() throws Exception {
        JourneyResource resource = JourneyPersistence.load(file);
        JourneyModel model = JourneyPersistence.modelOf(resource);
        if (isImage() || representation != null && (format == Format.csv || format == Format.html)) {
            return exportRepresentation(model);
        }
        switch (format) {
            case xmi -> Output.bytes(output, JourneyPersistence.toBytes(resource));
            case json -> Output.text(output, w -> JsonExport.write(model, w));
            case csv -> Output.text(output, w -> CsvExport.write(model, w));
            case html -> Output.text(output, w -> HtmlReport.write(model, w));
            case mermaid -> {
                List<Journey> journeys = selected(model);
                if (journey != null && journeys.isEmpty()) {
                    System.err.println("journey: no journey named '" + journey + "' in " + file + "; journeys: "
                            + model.getJourneys().stream().map(j -> "'" + j.getName() + "'").collect(Collectors.joining(", ")));
                    return JourneyCommand.EXIT_USAGE;
                }
                Output.text(output, w -> MermaidJourneyWriter.write(journeys, w));
            }
            default -> throw new IllegalStateException(format.name());
        }
        Output.reportWritten(output);
        return JourneyCommand.EXIT_OK;
    }

    private boolean isImage() {
        return format == Format.svg || format == Format.png || format == Format.pdf;
    }

    private Integer exportRepresentation(JourneyModel model) throws IOException, ViewpointOptions.SpecProblems {
        RepresentationExport export = new RepresentationExport(viewpoints.registry(), model, journey);
        String name = representation == null ? "journeyMap" : representation;
        try {
            if (isImage()) {
                Output.bytes(output, export.image(name, format));
            } else {
                String text = export.table(name, format);
                Output.text(output, w -> w.write(text));
            }
        } catch (RepresentationExport.NoJourney e) {
            System.err.println("journey: " + EchoedText.escape(file.toString()) + ": " + e.getMessage());
            return JourneyCommand.EXIT_UNREADABLE;
        } catch (RepresentationExport.UnknownName e) {
            System.err.println("journey: " + e.getMessage());
            return JourneyCommand.EXIT_USAGE;
        }
        Output.reportWritten(output);
        return JourneyCommand.EXIT_OK;
    }

    private List<Journey> selected(JourneyModel model) {
        if (journey == null) {
            return model.getJourneys();
        }
        return model.getJourneys().stream().filter(j -> journey.equals(j.getName())).limit(1).toList();
    }
}
