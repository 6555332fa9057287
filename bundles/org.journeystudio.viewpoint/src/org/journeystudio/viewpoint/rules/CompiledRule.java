package org.journeystudio.viewpoint.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.spec.Spec;

/** A rule of a loaded specification with what running it needs: its class and compiled expressions. */
record CompiledRule(ValidationRule rule, EClass type, Expression condition, Expression message) {

    /** The rules of the specifications that can run (a loaded specification's rules always can). */
    static List<CompiledRule> of(List<Spec> specs) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (Spec spec : specs) {
            for (ValidationRule rule : spec.rules()) {
                EClass type = spec.domainClass(rule.getDomainClass());
                Expression condition = spec.expression(rule, Literals.VALIDATION_RULE__CONDITION_EXPRESSION);
                if (type != null && condition != null) {
                    compiled.add(new CompiledRule(rule, type, condition,
                            spec.expression(rule, Literals.VALIDATION_RULE__MESSAGE_EXPRESSION)));
                }
            }
        }
        return compiled;
    }

    /** The EMF diagnostic severity of the rule's findings. */
    int severity() {
        return switch (rule.getSeverity()) {
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
            default -> Diagnostic.ERROR;
        };
    }
}
