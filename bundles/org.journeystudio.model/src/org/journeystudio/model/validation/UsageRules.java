package org.journeystudio.model.validation;

import org.journeystudio.model.journey.Channel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.journey.Persona;

/** JM201: personas, channels and teams that nothing in the model refers to. */
final class UsageRules {

    private UsageRules() {
    }

    static void check(NamedElement element, Findings findings, ValidationRun run) {
        if (run.usage(element).isUsed(element)) {
            return;
        }
        String usedBy;
        if (element instanceof Persona) {
            usedBy = " is the persona of no journey and an actor of no step";
        } else if (element instanceof Channel) {
            usedBy = " is used by no step";
        } else {
            usedBy = " owns no step, support action or opportunity";
        }
        findings.report(Rule.JM201, element, Labels.subject(element) + usedBy);
    }
}
