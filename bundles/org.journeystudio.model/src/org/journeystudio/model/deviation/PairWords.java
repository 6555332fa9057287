package org.journeystudio.model.deviation;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyKind;

/**
 * What a pair of journeys is called: "Planned vs actual" for a plan and what happened,
 * "Current vs future" for today's state and the one designed to replace it, else
 * "Baseline vs journey"; and the words for either side.
 *
 * @param title  the heading, e.g. "Planned vs actual"
 * @param before the baseline's side, e.g. "planned"
 * @param after  the journey's side, e.g. "actual"
 */
public record PairWords(String title, String before, String after) {

    private static final PairWords PLAN = new PairWords("Planned vs actual", "planned", "actual");
    private static final PairWords STATE = new PairWords("Current vs future", "current", "future");
    private static final PairWords OTHER = new PairWords("Baseline vs journey", "baseline", "journey");

    /** The words for the journey and its baseline, from their kinds (the journey's kind first). */
    public static PairWords of(Journey journey) {
        JourneyKind kind = journey.getKind();
        JourneyKind baseline = journey.getBaseline() == null ? null : journey.getBaseline().getKind();
        if (kind == JourneyKind.ACTUAL || baseline == JourneyKind.PLANNED) {
            return PLAN;
        }
        if (kind == JourneyKind.FUTURE_STATE || baseline == JourneyKind.CURRENT_STATE) {
            return STATE;
        }
        return OTHER;
    }
}
