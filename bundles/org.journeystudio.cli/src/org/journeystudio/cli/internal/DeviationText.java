package org.journeystudio.cli.internal;

import java.io.IOException;
import java.io.Writer;

import org.journeystudio.model.deviation.DeviationKind;
import org.journeystudio.model.deviation.JourneyDeviation;
import org.journeystudio.model.deviation.MatchMethod;
import org.journeystudio.model.deviation.PairWords;
import org.journeystudio.model.deviation.RowWords;
import org.journeystudio.model.deviation.StageDeviation;
import org.journeystudio.model.deviation.StepDeviation;
import org.journeystudio.model.journey.NamedElement;

/** {@code journey deviation} for a terminal: a summary, then one row per step and per stage. */
final class DeviationText {

    private DeviationText() {
    }

    static void write(JourneyDeviation deviation, Writer out) throws IOException {
        PairWords words = PairWords.of(deviation.journey());
        out.write(words.title() + ": '" + deviation.journey().getName() + "' against '" + deviation.baseline().getName()
                + "'\n");
        StringBuilder counts = new StringBuilder();
        for (DeviationKind kind : DeviationKind.values()) {
            counts.append(counts.isEmpty() ? "" : ", ").append(kind.word()).append(' ').append(deviation.count(kind));
        }
        new TextTable(false, false)
                .row("steps", deviation.stepsBefore() + " " + words.before() + ", " + deviation.stepsAfter() + " "
                        + words.after())
                .row("changes", counts + "; " + deviation.channelSwitches() + " channel switch(es)")
                .row("matched", deviation.matchedBy(MatchMethod.LINK) + " by baselineStep, "
                        + deviation.matchedBy(MatchMethod.NAME) + " by name")
                .row("emotion", "mean " + RowWords.signed(deviation.meanEmotionBefore()) + " " + words.before() + ", "
                        + RowWords.signed(deviation.meanEmotionAfter()) + " " + words.after() + ", net change "
                        + RowWords.signed(deviation.netEmotionChange()))
                .write("  ", out);
        out.write("\nSteps\n");
        TextTable steps = new TextTable(false, false, false, false, false, false, false, false, false);
        steps.row("change", "stage", words.before(), words.after(), "matched by", "channels", "emotion", "pain points",
                "moment of truth");
        for (StepDeviation row : deviation.rows()) {
            steps.row(row.kind().word(), name(row.subject().eContainer()), RowWords.baselineSteps(row), RowWords.step(row),
                    RowWords.matched(row), (row.isChannelSwitch() ? "switch " : "") + RowWords.channels(row),
                    RowWords.emotion(row), RowWords.painPoints(row), RowWords.momentOfTruth(row));
        }
        steps.write("  ", out);
        out.write("\nStages\n");
        TextTable stages = new TextTable(false, true, true, true, true);
        stages.row("stage", "steps " + words.before(), "steps " + words.after(), "mean " + words.before(),
                "mean " + words.after());
        for (StageDeviation stage : deviation.stages()) {
            stages.row(stage.name(), stage.stepsBefore(), stage.stepsAfter(), RowWords.signed(stage.meanEmotionBefore()),
                    RowWords.signed(stage.meanEmotionAfter()));
        }
        stages.write("  ", out);
        out.flush();
    }

    private static String name(Object element) {
        return element instanceof NamedElement named ? named.getName() : "";
    }
}
