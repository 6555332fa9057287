package org.journeystudio.model.export;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.journeystudio.model.deviation.JourneyDeviation;
import org.journeystudio.model.deviation.StepDeviation;
import org.journeystudio.model.journey.EmotionScale;

/**
 * Both emotion curves of a deviation over its aligned rows, as inline SVG: the baseline's
 * dashed, the journey's solid; each breaks where its side has no assessed step.
 */
final class DeviationCurveSvg {

    private static final int COLUMN = 48;
    private static final int HEIGHT = 150;
    private static final int MARGIN = 20;

    private DeviationCurveSvg() {
    }

    static String render(JourneyDeviation deviation, EmotionScale scale) {
        List<StepDeviation> rows = deviation.rows();
        int width = 2 * MARGIN + Math.max(rows.size(), 4) * COLUMN;
        StringBuilder svg = new StringBuilder(2048);
        svg.append(String.format(Locale.ROOT, "<svg class=\"curve\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Emotion before and after\">", width, HEIGHT,
                width, HEIGHT));
        double zero = y(0, scale);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#9aa4b2\"/>",
                MARGIN, width - MARGIN, zero, zero));
        line(svg, rows, StepDeviation::emotionBefore, scale, "#7b8794\" stroke-dasharray=\"6 4", "before");
        line(svg, rows, StepDeviation::emotionAfter, scale, "#2f6db5", "after");
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, List<StepDeviation> rows, Function<StepDeviation, OptionalDouble> value,
            EmotionScale scale, String stroke, String name) {
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < rows.size(); i++) {
            OptionalDouble emotion = value.apply(rows.get(i));
            if (emotion.isEmpty()) {
                drawing = false;
                continue;
            }
            path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", drawing ? "L" : "M", x(i), y(emotion.getAsDouble(), scale)));
            drawing = true;
        }
        svg.append("<path class=\"").append(name).append("\" d=\"").append(path.toString().strip())
                .append("\" fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(stroke).append("\"/>");
    }

    private static double x(int index) {
        return MARGIN + index * COLUMN + COLUMN / 2.0;
    }

    private static double y(double level, EmotionScale scale) {
        int span = Math.max(scale.getMax() - scale.getMin(), 1);
        return MARGIN + (scale.getMax() - level) * (HEIGHT - 2 * MARGIN) / span;
    }
}
