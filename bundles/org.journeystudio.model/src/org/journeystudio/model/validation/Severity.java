package org.journeystudio.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a finding is; each maps to one EMF {@link Diagnostic} severity. */
public enum Severity {
    ERROR(Diagnostic.ERROR),
    WARNING(Diagnostic.WARNING),
    INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The matching {@link Diagnostic#getSeverity()} value. */
    public int toDiagnosticSeverity() {
        return diagnosticSeverity;
    }

    /** The severity of an EMF diagnostic; anything below WARNING counts as INFO. */
    public static Severity of(Diagnostic diagnostic) {
        int severity = diagnostic.getSeverity();
        if (severity >= Diagnostic.ERROR) {
            return ERROR;
        }
        return severity == Diagnostic.WARNING ? WARNING : INFO;
    }
}
