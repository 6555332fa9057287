package org.journeystudio.model.validation;

import org.journeystudio.model.journey.Journey;
import org.journeystudio.model.journey.JourneyKind;
import org.journeystudio.model.journey.Stage;

/** JM007 (baseline is itself), JM101 (no persona), JM102 (empty stage), JM106 (no baseline). */
final class JourneyRules {

    private JourneyRules() {
    }

    static void check(Journey journey, Findings findings) {
        if (journey.getBaseline() == journey) {
            findings.report(Rule.JM007, journey, Labels.subject(journey) + " is its own baseline");
        }
        if (journey.getPersona() == null) {
            findings.report(Rule.JM101, journey, Labels.subject(journey) + " has no persona");
        }
        JourneyKind kind = journey.getKind();
        if ((kind == JourneyKind.ACTUAL || kind == JourneyKind.FUTURE_STATE) && journey.getBaseline() == null) {
            String adjective = kind == JourneyKind.ACTUAL ? "Actual " : "Future-state ";
            findings.report(Rule.JM106, journey, adjective + Labels.object(journey)
                    + " has no baseline to compare it with");
        }
    }

    static void check(Stage stage, Findings findings) {
        if (stage.getSteps().isEmpty()) {
            findings.report(Rule.JM102, stage, Labels.subject(stage) + " has no steps");
        }
    }
}
