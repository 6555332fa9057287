package org.journeystudio.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns rule violations into EMF diagnostics in the shape {@link JourneyValidator} documents
 * (source, numeric code, data list), and remembers whether anything was found.
 */
final class Findings {

    private final DiagnosticChain chain;
    private boolean clean = true;

    Findings(DiagnosticChain chain) {
        this.chain = chain;
    }

    /** Reports a violation of the rule by the element. */
    void report(Rule rule, EObject element, String message) {
        add(rule, message, new Object[] {element, rule.code()});
    }

    /** Reports a violation found at a known line of the file (a reference read while loading). */
    void report(Rule rule, EObject element, String message, int line) {
        add(rule, message, new Object[] {element, rule.code(), line});
    }

    /** Reports a violation found at a known line and column of the file (0: column not known). */
    void report(Rule rule, EObject element, String message, int line, int column) {
        add(rule, message, column > 0 ? new Object[] {element, rule.code(), line, column}
            : new Object[] {element, rule.code(), line});
    }

    private void add(Rule rule, String message, Object[] data) {
        clean = false;
        // Diagnostician passes no chain when it only asks whether the object is valid.
        if (chain != null) {
            chain.add(new BasicDiagnostic(rule.severity().toDiagnosticSeverity(), JourneyValidator.DIAGNOSTIC_SOURCE,
                    rule.number(), message, data));
        }
    }

    /** Whether nothing was reported. */
    boolean isClean() {
        return clean;
    }
}
