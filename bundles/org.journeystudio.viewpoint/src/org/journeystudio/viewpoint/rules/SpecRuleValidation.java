package org.journeystudio.viewpoint.rules;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.model.validation.Severity;
import org.journeystudio.viewpoint.RuleSeverity;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * Validation of a map against the language's rules and the rules of the specifications it uses, for
 * the command line, the builder and the editor alike: the JM rules first (through EMF's Diagnostician,
 * as {@link JourneyValidation} runs them), then each specification rule over every element.
 */
public final class SpecRuleValidation {

    private SpecRuleValidation() {
    }

    /** The JM findings and the specifications' findings on the resource, as one EMF diagnostic tree. */
    public static Diagnostic diagnose(Resource resource, List<Spec> specs) {
        return addSpecFindings((BasicDiagnostic) JourneyValidation.diagnose(resource), resource, specs);
    }

    /**
     * Adds the specifications' findings on the resource to {@code result}, the JM findings
     * {@link JourneyValidation#diagnose} gave for it, as {@link #diagnose(Resource, List)} does.
     */
    public static Diagnostic addSpecFindings(BasicDiagnostic result, Resource resource, List<Spec> specs) {
        SpecRuleValidator validator = new SpecRuleValidator(specs);
        if (validator.rules().isEmpty()) {
            return result;
        }
        Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            validator.validate(it.next(), result, context);
        }
        return result;
    }

    /** The findings as the command and reports show them: JM rules first, then the specifications' rules. */
    public static List<JourneyDiagnostic> validate(Resource resource, List<Spec> specs) {
        return JourneyValidation.findings(diagnose(resource, specs), resource);
    }

    /** The rules of the specifications, in specification and file order. */
    public static List<ValidationRule> rules(List<Spec> specs) {
        return new SpecRuleValidator(specs).rules();
    }

    /** The severity of a rule's findings. */
    public static Severity severity(ValidationRule rule) {
        RuleSeverity severity = rule.getSeverity();
        return switch (severity) {
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
            default -> Severity.ERROR;
        };
    }
}
