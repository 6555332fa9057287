package org.journeystudio.model.validation;

import java.util.List;
import java.util.Locale;

import org.journeystudio.model.journey.NamedElement;

/** JM001 (blank names) and JM002 (siblings sharing a name). */
final class NameRules {

    private NameRules() {
    }

    static void check(NamedElement element, Findings findings, ValidationRun run) {
        SiblingNames.Key key = SiblingNames.keyOf(element);
        if (key == null) {
            findings.report(Rule.JM001, element, Labels.subject(element) + " has no name");
            return;
        }
        List<?> siblings = SiblingNames.siblingsOf(element);
        if (siblings.size() > 1 && run.duplicates(siblings).contains(key)) {
            String noun = Labels.noun(element.eClass()).toLowerCase(Locale.ROOT);
            findings.report(Rule.JM002, element, "Another " + noun + " in " + Labels.object(element.eContainer())
                    + " is also named '" + key.name() + "'");
        }
    }
}
