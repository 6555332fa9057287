package org.journeystudio.model.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.journeystudio.model.deviation.DeviationKind;
import org.journeystudio.model.deviation.JourneyDeviation;
import org.journeystudio.model.deviation.PairWords;
import org.journeystudio.model.deviation.RowWords;
import org.journeystudio.model.deviation.StageDeviation;
import org.journeystudio.model.deviation.StepDeviation;
import org.journeystudio.model.journey.EmotionScale;

/**
 * A journey against its baseline in HTML: the "Planned vs actual" (or "Current vs future")
 * section of the report, also written on its own by {@code journey deviation --format html}.
 */
public final class DeviationHtml {

    private DeviationHtml() {
    }

    /** A self-contained page holding only the deviation section. */
    public static void write(JourneyDeviation deviation, EmotionScale scale, Writer out) throws IOException {
        StringBuilder html = new StringBuilder(16 * 1024);
        String title = PairWords.of(deviation.journey()).title() + ": " + deviation.journey().getName();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.esc(title))
                .append("</title><style>").append(HtmlStyle.CSS).append("</style></head><body>\n");
        section(html, deviation, scale);
        html.append("</body></html>\n");
        out.write(html.toString());
        out.flush();
    }

    static void section(StringBuilder html, JourneyDeviation deviation, EmotionScale scale) {
        PairWords words = PairWords.of(deviation.journey());
        html.append("<section class=\"deviation\"><h3>").append(words.title()).append("</h3><p class=\"meta\">")
                .append(Html.esc(deviation.journey().getName())).append(" (").append(words.after()).append(", ")
                .append(deviation.stepsAfter()).append(" steps) against ").append(Html.esc(deviation.baseline().getName()))
                .append(" (").append(words.before()).append(", ").append(deviation.stepsBefore()).append(" steps): ");
        StringBuilder counts = new StringBuilder();
        for (DeviationKind kind : DeviationKind.values()) {
            counts.append(counts.isEmpty() ? "" : ", ").append(deviation.count(kind)).append(' ').append(kind.word());
        }
        html.append(counts).append("; ").append(deviation.channelSwitches()).append(" channel switch(es); mean emotion ")
                .append(RowWords.signed(deviation.meanEmotionBefore())).append(" → ")
                .append(RowWords.signed(deviation.meanEmotionAfter())).append(" (net ")
                .append(RowWords.signed(deviation.netEmotionChange())).append(").</p>");
        html.append("<div class=\"scroll\">").append(DeviationCurveSvg.render(deviation, scale)).append("</div>");
        steps(html, deviation, words);
        stages(html, deviation, words);
        html.append("</section>\n");
    }

    private static void steps(StringBuilder html, JourneyDeviation deviation, PairWords words) {
        html.append("<table class=\"deviation-steps\"><thead><tr><th>Change</th><th>").append(capital(words.before()))
                .append("</th><th>").append(capital(words.after())).append("</th><th>Matched by</th><th>Channels</th>")
                .append("<th>Emotion</th><th>Pain points</th><th>Moment of truth</th></tr></thead><tbody>");
        for (StepDeviation row : deviation.rows()) {
            html.append("<tr class=\"").append(row.kind().word()).append(row.isChannelSwitch() ? " switch" : "")
                    .append("\"><td>").append(row.kind().word()).append("</td><td>")
                    .append(Html.esc(RowWords.baselineSteps(row))).append("</td><td>").append(Html.esc(RowWords.step(row)))
                    .append("</td><td>").append(RowWords.matched(row)).append("</td><td>")
                    .append(row.isChannelSwitch() ? "switch: " : "").append(Html.esc(RowWords.channels(row)))
                    .append("</td><td>").append(RowWords.emotion(row)).append("</td><td>")
                    .append(Html.esc(RowWords.painPoints(row))).append("</td><td>").append(RowWords.momentOfTruth(row))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void stages(StringBuilder html, JourneyDeviation deviation, PairWords words) {
        html.append("<table class=\"deviation-stages\"><thead><tr><th>Stage</th><th>Steps ").append(words.before())
                .append("</th><th>Steps ").append(words.after()).append("</th><th>Mean emotion ").append(words.before())
                .append("</th><th>Mean emotion ").append(words.after()).append("</th></tr></thead><tbody>");
        for (StageDeviation stage : deviation.stages()) {
            html.append("<tr><td>").append(Html.esc(stage.name())).append("</td><td>").append(stage.stepsBefore())
                    .append("</td><td>").append(stage.stepsAfter()).append("</td><td>")
                    .append(RowWords.signed(stage.meanEmotionBefore())).append("</td><td>")
                    .append(RowWords.signed(stage.meanEmotionAfter())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String capital(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
