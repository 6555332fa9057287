package org.journeystudio.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.journeystudio.cli.JourneyCommand;
import org.journeystudio.model.deviation.DeviationAnalysis;
import org.journeystudio.model.deviation.JourneyDeviation;
import org.journeystudio.model.export.DeviationHtml;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.persistence.EchoedText;
import org.journeystudio.model.persistence.JourneyPersistence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey deviation}: a journey against its baseline (planned vs actual, current vs future). */
@Command(name = "deviation", mixinStandardHelpOptions = true,
        description = {"Compare a journey with its baseline.",
            "Each step of the journey corresponds to the baseline steps it carries out: its baselineStep, else the "
                + "step of the same name in the baseline's stage of the same name (names compared without surrounding "
                + "blanks and case; the report says which way each was matched).",
            "Each step is kept (same place), moved (another stage, or out of the baseline's order), added (no "
                + "baseline step), merged (one step for several baseline steps: it links one and has the name of "
                + "another) or split (one baseline step for several steps); a baseline step no step carries out is "
                + "skipped. Per step: channels lost and gained (a switch when both), emotion before and after, pain "
                + "points gone and appeared (by name), moments of truth. Per stage: steps and mean emotion before and "
                + "after. For the journey: counts and the net change of the mean emotion.",
            "Steps are compared in document order (stage by stage), as the map shows them; next links do not "
                + "reorder them."},
        footerHeading = "%nJSON output (--format json), one object:%n",
        footer = {
            "  format       \"journey-studio-deviation/1\"",
            "  file         the FILE argument",
            "  journey, baseline  their names",
            "  title        \"Planned vs actual\", \"Current vs future\" or",
            "               \"Baseline vs journey\" (from the journeys' kinds)",
            "  counts       steps {before, after}, kept, moved, skipped, added,",
            "               merged, split, channelSwitches,",
            "               matchedBy {baselineStep, name}",
            "  emotion      meanBefore, meanAfter, netChange (null: not assessed)",
            "  steps[]      one per step and skipped baseline step, aligned: kind,",
            "               step (its path; null when skipped), baselineSteps[]",
            "               (paths), matchedBy[] (one per baseline step),",
            "               channelsLost[], channelsGained[], channelSwitch,",
            "               emotionBefore, emotionAfter, emotionDelta,",
            "               painPointsGone[], painPointsAppeared[],",
            "               momentOfTruthBefore, momentOfTruthAfter",
            "  stages[]     name, stepsBefore, stepsAfter, meanEmotionBefore,",
            "               meanEmotionAfter",
            "New keys may be added; existing keys are never renamed or removed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the comparison was written",
            "2:bad usage: no journey of that name, or the journey has no baseline",
            "3:FILE cannot be read or is not a journey model"})
public final class DeviationCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { text, json, html }

    @Parameters(index = "0", paramLabel = "FILE", description = "The .journey file.")
    private Path file;

    @Option(names = "--journey", required = true, paramLabel = "NAME",
            description = "The journey to compare with its baseline.")
    private String journey;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write here (atomically) instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        JourneyModel model = JourneyPersistence.modelOf(JourneyPersistence.load(file));
        Journey chosen = model.getJourneys().stream().filter(j -> journey.equals(j.getName())).findFirst().orElse(null);
        if (chosen == null) {
            return usage("no journey named '" + EchoedText.escape(journey) + "' in " + EchoedText.escape(file.toString())
                    + "; journeys: " + names(model.getJourneys()));
        }
        if (!DeviationAnalysis.hasBaseline(chosen)) {
            List<Journey> paired = model.getJourneys().stream().filter(DeviationAnalysis::hasBaseline).toList();
            return usage("journey '" + EchoedText.escape(journey) + "' has no baseline to compare it with; journeys with one: "
                    + (paired.isEmpty() ? "none" : names(paired)));
        }
        JourneyDeviation deviation = DeviationAnalysis.of(chosen);
        String name = file.toString();
        switch (format) {
            case json -> Output.text(output, w -> DeviationJson.write(name, deviation, w));
            case html -> Output.text(output, w -> DeviationHtml.write(deviation, model.getEmotionScale(), w));
            default -> Output.text(output, w -> DeviationText.write(deviation, w));
        }
        Output.reportWritten(output);
        return JourneyCommand.EXIT_OK;
    }

    private static int usage(String message) {
        System.err.println("journey: " + message);
        return JourneyCommand.EXIT_USAGE;
    }

    private static String names(List<Journey> journeys) {
        return journeys.stream().map(j -> "'" + EchoedText.escape(j.getName()) + "'").collect(Collectors.joining(", "));
    }
}
