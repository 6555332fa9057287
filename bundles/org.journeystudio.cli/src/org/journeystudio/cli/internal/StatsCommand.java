package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.query.MapStatistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey stats}: what a map holds, how its journeys feel, where it hurts. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Summarise a journey map.",
            "Element counts, the emotion curve of each journey with its "
            + "lowest and highest steps, the 10 most severe pain points, channel coverage (touchpoints per channel, "
            + "and channels no touchpoint uses), opportunities by status and moments of truth.",
            "An emotion curve has one value per step in document order, '·' where a step is not assessed:",
            "  +1 0 -2 · +1"},
        footerHeading = "%nJSON output (--format json), one object:%n",
        footer = {
            "  format                 \"journey-studio-stats/1\"",
            "  file, model            the FILE argument and the map's name",
            "  emotionScale           {min, max}",
            "  counts                 journeys, stages, steps, stepsByKind {ACTION,",
            "                         TOUCHPOINT, DECISION}, touchpoints (TOUCHPOINT",
            "                         steps), channels, personas, teams, painPoints,",
            "                         opportunities, evidence, metrics, momentsOfTruth,",
            "                         supportActions, supportActionsByLane {FRONTSTAGE,",
            "                         BACKSTAGE, SUPPORT_PROCESS, PHYSICAL_EVIDENCE}",
            "  journeys[]             name, kind, persona (or null), steps, assessed,",
            "                         curve (as in the text output), emotions (one per",
            "                         step in document order, null where not assessed),",
            "                         lowest and highest ({step, stage, emotion}, or null",
            "                         when no step is assessed; the first of equals)",
            "  topPainPoints[]        up to 10, most severe first (document order among",
            "                         equals): severity, name, step (the step's path)",
            "  channels[]             every channel in document order: name, kind,",
            "                         touchpoints",
            "  unusedChannels[]       names of the channels no touchpoint goes through",
            "  opportunitiesByStatus  {IDEA, PLANNED, IN_PROGRESS, DONE, DISCARDED}",
            "  momentsOfTruth[]       step (its path), emotion (or null)",
            "Enumeration values are literal names; every count is present, zero included. New keys may be added; "
                + "existing keys are never renamed or removed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the summary was written", "2:bad usage", "3:FILE cannot be read or is not a journey model"})
public final class StatsCommand implements Callable<Integer> {

    /** Summary formats. */
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "The .journey file to summarise.")
    private Path file;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Summary format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write here (atomically) instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        JourneyModel model = JourneyPersistence.modelOf(JourneyPersistence.load(file));
        MapStatistics stats = MapStatistics.of(model);
        String name = file.toString();
        if (format == Format.json) {
            Output.text(output, writer -> StatsJson.write(name, model, stats, writer));
        } else {
            Output.text(output, writer -> StatsText.write(name, model, stats, writer));
        }
        Output.reportWritten(output);
        return JourneyCommand.EXIT_OK;
    }
}
