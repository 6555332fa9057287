package org.journeystudio.model.validation;

import org.eclipse.emf.ecore.EObject;

/** JM008: references that cannot be resolved, reported with the element that holds them. */
final class ReferenceRules {

    private ReferenceRules() {
    }

    static void check(EObject element, Findings findings, ValidationRun run) {
        ReferenceProblems problems = run.references(element);
        for (ReferenceProblems.Problem problem : problems.at(element)) {
            report(element, problem, findings);
        }
        if (element.eContainer() == null) {
            for (ReferenceProblems.Problem problem : problems.unplaced()) {
                report(element, problem, findings);
            }
        }
    }

    private static String why(ReferenceProblems.Kind kind) {
        return switch (kind) {
            case MISSING_ID -> ", which is the id of no element in this file";
            case OUTSIDE -> ", which is outside this map (a map is one document; other files are never read)";
            case UNRESOLVED -> ", which cannot be resolved";
        };
    }

    private static void report(EObject element, ReferenceProblems.Problem problem, Findings findings) {
        String feature = problem.feature().isEmpty() ? "" : " in '" + problem.feature() + "'";
        String message = Labels.subject(element) + " refers" + feature + " to '" + problem.target() + "'"
                + why(problem.kind());
        if (problem.line() > 0) {
            findings.report(Rule.JM008, element, message, problem.line(), problem.column());
        } else {
            findings.report(Rule.JM008, element, message);
        }
    }
}
