package org.journeystudio.viewpoint.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.journeystudio.model.query.ElementPaths;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.expression.ReadRecorder;
import org.journeystudio.viewpoint.expression.Results;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * The validation rules of viewpoint specifications as an EMF {@link EValidator}: for each element,
 * every rule whose domain class it is an instance of evaluates its condition with {@code self} bound
 * to the element; where the condition is false, a diagnostic of the rule's severity says what the
 * message expression computes.
 *
 * <p>Its diagnostics have the shape of {@code JourneyValidator}'s, so markers and reports treat both
 * alike: source {@link #DIAGNOSTIC_SOURCE}, data [0] the element, [1] the rule's id (a String).
 *
 * <p>A rule whose expression fails on an element (an error in the rule, not in the map) is reported
 * once per validation run, on the first element it fails on, as a warning of that rule; it is then
 * skipped where it fails, and validation goes on.
 */
public final class SpecRuleValidator implements EValidator {

    /** The source of every diagnostic of a specification's rules. */
    public static final String DIAGNOSTIC_SOURCE = "org.journeystudio.viewpoint.rules";

    private final List<CompiledRule> rules;

    /** A validator for the rules of these specifications (a map's enabled viewpoints). */
    public SpecRuleValidator(List<Spec> specs) {
        this.rules = CompiledRule.of(specs);
    }

    /** The rules this validator runs, in specification and file order. */
    public List<ValidationRule> rules() {
        return rules.stream().map(CompiledRule::rule).toList();
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean clean = true;
        for (CompiledRule rule : rules) {
            if (rule.type().isSuperTypeOf(eClass)) {
                clean &= check(rule, eObject, diagnostics, context);
            }
        }
        return clean;
    }

    private boolean check(CompiledRule rule, EObject element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Bindings bindings = Bindings.of("self", element);
        Object holds;
        try {
            holds = rule.condition().evaluate(bindings, ReadRecorder.NONE);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(rule, element, Literals.VALIDATION_RULE__CONDITION_EXPRESSION.getName(), e, diagnostics, context);
        }
        if (Results.asBoolean(holds)) {
            return true;
        }
        String message = message(rule, element, bindings, diagnostics, context);
        add(diagnostics, rule.severity(), message, element, rule.rule().getId());
        return false;
    }

    private String message(CompiledRule rule, EObject element, Bindings bindings, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Expression expression = rule.message();
        try {
            String text = expression == null ? "" : Results.asString(expression.evaluate(bindings, ReadRecorder.NONE));
            if (!text.isBlank()) {
                return text;
            }
        } catch (RuntimeException | StackOverflowError e) {
            failed(rule, element, Literals.VALIDATION_RULE__MESSAGE_EXPRESSION.getName(), e, diagnostics, context);
        }
        return ElementPaths.path(element) + " does not satisfy rule " + rule.rule().getId();
    }

    private static boolean failed(CompiledRule rule, EObject element, String attribute, Throwable error,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (failures(context).add(rule.rule())) {
            String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            add(diagnostics, org.eclipse.emf.common.util.Diagnostic.WARNING, "rule " + rule.rule().getId()
                    + " could not be checked: its " + attribute + " failed here (" + reason
                    + "); reported once, the rule is skipped where it fails", element, rule.rule().getId());
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Set<ValidationRule> failures(Map<Object, Object> context) {
        if (context == null) {
            return new HashSet<>();
        }
        return (Set<ValidationRule>) context.computeIfAbsent(SpecRuleValidator.class, key -> new HashSet<>());
    }

    private static void add(DiagnosticChain diagnostics, int severity, String message, EObject element, String id) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, message, new Object[] {element, id}));
        }
    }

    /** Data values have no rules of a specification. */
    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
