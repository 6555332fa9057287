package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.export.CsvExport;
import org.journeystudio.model.export.HtmlReport;
import org.journeystudio.model.export.JsonExport;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey export}: writes a map in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a journey map.",
            "Formats: xmi (normalised XMI: same model, same bytes), json (stable shape mirroring the",
            "metamodel: every element has id and type, then its features), csv (one row per step),",
            "html (a self-contained report: personas, emotion curves, stages, pain points, opportunities, metrics)."})
public final class ExportCommand implements Callable<Integer> {

    /** The formats this command writes. */
    enum Format { xmi, json, csv, html }

    @Parameters(index = "0", paramLabel = "FILE", description = "The .journey file to export.")
    private Path file;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write here (atomically) instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        JourneyResource resource = JourneyPersistence.load(file);
        switch (format) {
            case xmi -> Output.bytes(output, JourneyPersistence.toBytes(resource));
            case json -> Output.text(output, w -> JsonExport.write(JourneyPersistence.modelOf(resource), w));
            case csv -> Output.text(output, w -> CsvExport.write(JourneyPersistence.modelOf(resource), w));
            case html -> Output.text(output, w -> HtmlReport.write(JourneyPersistence.modelOf(resource), w));
            default -> throw new IllegalStateException(format.name());
        }
        if (output != null) {
            System.err.println("journey: wrote " + output);
        }
        return JourneyCommand.EXIT_OK;
    }
}
