package org.journeystudio.model.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Stage;
import org.journeystudio.model.journey.Step;
import org.journeystudio.model.query.EmotionCurve;

/**
 * The emotion curve of a journey as inline SVG: stages as bands, one point per step on the
 * model's emotion scale, a smooth line through assessed steps that breaks where a step is
 * not assessed, the lowest and highest steps marked.
 */
final class EmotionCurveSvg {

    private static final int STEP_WIDTH = 56;
    private static final int HEIGHT = 220;
    private static final int TOP = 34;
    private static final int BOTTOM = 30;
    private static final int LEFT = 40;

    private EmotionCurveSvg() {
    }

    static String render(Journey journey, EmotionScale scale) {
        List<EmotionCurve.Point> points = EmotionCurve.points(journey);
        int width = LEFT + Math.max(points.size(), 4) * STEP_WIDTH + 20;
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg class=\"curve\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Emotion curve of %s\">", width, HEIGHT,
                width, HEIGHT, Html.esc(journey.getName())));
        stageBands(svg, journey);
        gridLines(svg, scale, width);
        line(svg, points, scale);
        markers(svg, points, scale);
        return svg.append("</svg>").toString();
    }

    private static void stageBands(StringBuilder svg, Journey journey) {
        int index = 0;
        boolean shaded = false;
        for (Stage stage : journey.getStages()) {
            int count = stage.getSteps().size();
            int x = LEFT + index * STEP_WIDTH;
            if (shaded) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#f3f5f8\"/>",
                        x, count * STEP_WIDTH, HEIGHT));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" class=\"stage\">%s</text>", x + 4,
                    Html.esc(stage.getName())));
            shaded = !shaded;
            index += count;
        }
    }

    /** At most this many grid lines and more, whatever the scale: the report's size follows the map, not the scale. */
    private static final int MAX_GRID_LINES = 10;

    private static void gridLines(StringBuilder svg, EmotionScale scale, int width) {
        long span = (long) scale.getMax() - scale.getMin();
        long every = Math.max(1, (span + MAX_GRID_LINES - 1) / MAX_GRID_LINES);
        for (long level = scale.getMin(); level <= scale.getMax(); level += every) {
            double y = y(level, scale);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                    LEFT, width - 10, y, y, level == 0 ? "#9aa4b2" : "#e1e5eb"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"level\">%s</text>", LEFT - 8,
                    y + 4, Html.signed((int) level)));
        }
    }

    /** Catmull-Rom through each run of assessed steps, as cubic Béziers; unassessed steps break the line. */
    private static void line(StringBuilder svg, List<EmotionCurve.Point> points, EmotionScale scale) {
        StringBuilder path = new StringBuilder();
        int runStart = -1;
        for (int i = 0; i <= points.size(); i++) {
            boolean assessed = i < points.size() && points.get(i).isAssessed();
            if (assessed && runStart < 0) {
                runStart = i;
            } else if (!assessed && runStart >= 0) {
                run(path, points.subList(runStart, i), runStart, scale);
                runStart = -1;
            }
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#2f6db5\" stroke-width=\"2.5\"/>");
    }

    private static void run(StringBuilder path, List<EmotionCurve.Point> run, int offset, EmotionScale scale) {
        double[] xs = new double[run.size()];
        double[] ys = new double[run.size()];
        for (int i = 0; i < run.size(); i++) {
            xs[i] = x(offset + i);
            ys[i] = y(run.get(i).emotion().getAsInt(), scale);
        }
        path.append(String.format(Locale.ROOT, "M%.1f %.1f", xs[0], ys[0]));
        for (int i = 0; i + 1 < xs.length; i++) {
            int prev = Math.max(i - 1, 0);
            int next = Math.min(i + 2, xs.length - 1);
            double c1x = xs[i] + (xs[i + 1] - xs[prev]) / 6;
            double c1y = ys[i] + (ys[i + 1] - ys[prev]) / 6;
            double c2x = xs[i + 1] - (xs[next] - xs[i]) / 6;
            double c2y = ys[i + 1] - (ys[next] - ys[i]) / 6;
            path.append(String.format(Locale.ROOT, " C%.1f %.1f %.1f %.1f %.1f %.1f", c1x, c1y, c2x, c2y, xs[i + 1], ys[i + 1]));
        }
    }

    private static void markers(StringBuilder svg, List<EmotionCurve.Point> points, EmotionScale scale) {
        Optional<Step> low = EmotionCurve.lowest(points);
        Optional<Step> high = EmotionCurve.highest(points);
        for (int i = 0; i < points.size(); i++) {
            EmotionCurve.Point point = points.get(i);
            Step step = point.step();
            String title = "<title>" + Html.esc(step.getName()) + (point.isAssessed()
                    ? ": " + Html.signed(point.emotion().getAsInt()) : ": not assessed") + "</title>";
            if (!point.isAssessed()) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"none\" "
                        + "stroke=\"#9aa4b2\" stroke-dasharray=\"2 2\">%s</circle>", x(i), y(0, scale), title));
                continue;
            }
            String colour = low.filter(step::equals).isPresent() ? "#c62828"
                    : high.filter(step::equals).isPresent() ? "#2e7d32" : "#2f6db5";
            double cy = y(point.emotion().getAsInt(), scale);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\">%s</circle>", x(i), cy,
                    step.isMomentOfTruth() ? "6" : "4.5", colour, title));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"idx\">%d</text>", x(i),
                    HEIGHT - 10, i + 1));
        }
    }

    private static double x(int index) {
        return LEFT + index * STEP_WIDTH + STEP_WIDTH / 2.0;
    }

    private static double y(long level, EmotionScale scale) {
        int span = Math.max(scale.getMax() - scale.getMin(), 1);
        double plot = HEIGHT - TOP - BOTTOM;
        return TOP + (scale.getMax() - level) * plot / span;
    }
}
