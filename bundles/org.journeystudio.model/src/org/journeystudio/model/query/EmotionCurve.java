package org.journeystudio.model.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.Step;

/**
 * The emotion curve of a journey: one point per step in document order. A step whose
 * emotion is unset has not been assessed; its point has no value (the curve has a gap
 * there) rather than a made-up neutral 0.
 */
public final class EmotionCurve {

    /** A step and its emotion, empty when the step has not been assessed. */
    public record Point(Step step, OptionalInt emotion) {

        public boolean isAssessed() {
            return emotion.isPresent();
        }
    }

    // Stream.min and Stream.max both keep the first of equal elements, i.e. the earliest step.
    private static final Comparator<Point> BY_EMOTION = Comparator.comparingInt(point -> point.emotion().getAsInt());

    private EmotionCurve() {
    }

    /** The points of the journey's steps in document order. */
    public static List<Point> points(Journey journey) {
        List<Point> points = new ArrayList<>();
        for (Step step : StepFlow.steps(journey)) {
            OptionalInt emotion = step.isSetEmotion() ? OptionalInt.of(step.getEmotion()) : OptionalInt.empty();
            points.add(new Point(step, emotion));
        }
        return points;
    }

    /** The assessed step with the lowest emotion (the first of equals), empty when none is assessed. */
    public static Optional<Step> lowest(Journey journey) {
        return lowest(points(journey));
    }

    /** The assessed step with the highest emotion (the first of equals), empty when none is assessed. */
    public static Optional<Step> highest(Journey journey) {
        return highest(points(journey));
    }

    /** The lowest of points already computed with {@link #points(Journey)}. */
    public static Optional<Step> lowest(List<Point> points) {
        return points.stream().filter(Point::isAssessed).min(BY_EMOTION).map(Point::step);
    }

    /** The highest of points already computed with {@link #points(Journey)}. */
    public static Optional<Step> highest(List<Point> points) {
        return points.stream().filter(Point::isAssessed).max(BY_EMOTION).map(Point::step);
    }
}
