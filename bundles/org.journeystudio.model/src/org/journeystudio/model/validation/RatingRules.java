package org.journeystudio.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.EmotionScale;
import org.journeystudio.model.journey.Opportunity;
import org.journeystudio.model.journey.PainPoint;

/**
 * Ratings and what backs them: JM005 (severity, impact, effort within 1..5), JM009 (an
 * emotion scale that is not empty), JM107 (an emotion scale wider than -100..100),
 * JM103 (opportunity without pain point), JM104 (severe
 * pain point without evidence).
 */
final class RatingRules {

    /** Severity, impact and effort are rated 1 (low) to 5 (high). */
    static final int LOWEST = 1;
    static final int HIGHEST = 5;

    /** The widest scale that is not suspicious: NPS, the widest scale in use, is -100..100. */
    private static final int WIDEST_SCALE = 100;

    /** From this severity on, a pain point should be backed by research (JM104). */
    static final int SEVERE = 4;

    private RatingRules() {
    }

    static void check(PainPoint painPoint, Findings findings) {
        int severity = painPoint.getSeverity();
        checkRating(painPoint, "severity", severity, findings);
        if (severity >= SEVERE && painPoint.getEvidence().isEmpty()) {
            findings.report(Rule.JM104, painPoint, Labels.subject(painPoint) + " has severity " + severity
                    + " but cites no evidence");
        }
    }

    static void check(Opportunity opportunity, Findings findings) {
        checkRating(opportunity, "impact", opportunity.getImpact(), findings);
        checkRating(opportunity, "effort", opportunity.getEffort(), findings);
        if (opportunity.getAddresses().isEmpty()) {
            findings.report(Rule.JM103, opportunity, Labels.subject(opportunity) + " addresses no pain point");
        }
    }

    static void check(EmotionScale scale, Findings findings) {
        if (scale.getMin() >= scale.getMax()) {
            findings.report(Rule.JM009, scale, "Emotion scale minimum " + scale.getMin()
                    + " is not below its maximum " + scale.getMax());
        }
        if (scale.getMin() < -WIDEST_SCALE || scale.getMax() > WIDEST_SCALE) {
            findings.report(Rule.JM107, scale, "Emotion scale " + scale.getMin() + ".." + scale.getMax()
                    + " is wider than -" + WIDEST_SCALE + ".." + WIDEST_SCALE + "; emotions are a person's feelings, "
                    + "not measurements");
        }
    }

    private static void checkRating(EObject element, String rating, int value, Findings findings) {
        if (value < LOWEST || value > HIGHEST) {
            findings.report(Rule.JM005, element, Labels.subject(element) + " has " + rating + " " + value
                    + "; it must be between " + LOWEST + " and " + HIGHEST);
        }
    }
}
