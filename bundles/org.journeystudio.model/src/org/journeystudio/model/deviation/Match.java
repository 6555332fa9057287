package org.journeystudio.model.deviation;

import org.journeystudio.model.journey.Step;

/** A baseline step that a step of the journey carries out, and how that was found. */
public record Match(Step baselineStep, MatchMethod method) {
}
