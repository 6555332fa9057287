package org.journeystudio.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.journeystudio.model.validation.Rule;
import org.journeystudio.model.validation.Severity;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.rules.SpecRuleValidation;

/**
 * A rule a validation report describes: one of the language's (JM001 ...) or one of a viewpoint
 * specification's, with where it comes from ({@code journey} for the language's rules, else the
 * viewpoint's name).
 */
record ReportedRule(String code, Severity severity, String description, String origin) {

    /** The language's rules, then the specifications' rules in the order given. */
    static List<ReportedRule> of(List<ValidationRule> specRules) {
        List<ReportedRule> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            rules.add(new ReportedRule(rule.code(), rule.severity(), rule.description(), "journey"));
        }
        for (ValidationRule rule : specRules) {
            String documentation = rule.getDocumentation();
            String description = documentation == null || documentation.isBlank()
                    ? rule.getDomainClass() + ": " + rule.getConditionExpression() : documentation.strip();
            String origin = rule.eContainer() instanceof org.journeystudio.viewpoint.Viewpoint viewpoint
                    ? viewpoint.getName() : "";
            rules.add(new ReportedRule(rule.getId(), SpecRuleValidation.severity(rule), description, origin));
        }
        return rules;
    }
}
