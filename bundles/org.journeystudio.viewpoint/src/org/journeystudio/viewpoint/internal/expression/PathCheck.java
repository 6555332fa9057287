package org.journeystudio.viewpoint.internal.expression;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Checks the property paths of an expression ({@code self.persona.name}) against the metamodel,
 * following each step through the feature's type, so a specification can be validated before
 * anything is evaluated. Paths stop where JEXL stops collecting them (method and service calls,
 * computed indexes); what lies beyond is only known at evaluation.
 */
public final class PathCheck {

    private PathCheck() {
    }

    /**
     * Readable problems, one per faulty path, in the order of the expression.
     *
     * @param paths variable references with their property paths, as JEXL collects them
     * @param variableTypes every variable the expression may use; a {@code null} type means
     *     the variable exists but its paths cannot be checked
     */
    public static List<String> problems(Set<List<String>> paths, Map<String, EClass> variableTypes) {
        Set<String> problems = new LinkedHashSet<>();
        for (List<String> path : paths) {
            String problem = check(path, variableTypes);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return List.copyOf(problems);
    }

    private static String check(List<String> path, Map<String, EClass> variableTypes) {
        String variable = path.get(0);
        if (!variableTypes.containsKey(variable)) {
            return "unknown variable '" + variable + "'";
        }
        EClassifier type = variableTypes.get(variable);
        EStructuralFeature via = null;
        for (String segment : path.subList(1, path.size())) {
            if (via != null && via.isMany() && isIndex(segment)) {
                via = null;
                continue;
            }
            String problem = stepProblem(type, via, segment);
            if (problem != null || type == null) {
                return problem;
            }
            via = ((EClass) type).getEStructuralFeature(segment);
            type = via.getEType();
        }
        return null;
    }

    /** Why {@code segment} cannot be read from a value of {@code type} reached through {@code via}. */
    private static String stepProblem(EClassifier type, EStructuralFeature via, String segment) {
        if (via != null && via.isMany()) {
            return describe(via) + " is a list; it has no feature '" + segment + "'";
        }
        if (type == null) {
            return null;
        }
        if (!(type instanceof EClass eClass)) {
            return describe(via) + " is a value (" + type.getName() + "); it has no feature '" + segment + "'";
        }
        return eClass.getEStructuralFeature(segment) == null ? eClass.getName() + " has no feature '" + segment + "'" : null;
    }

    private static String describe(EStructuralFeature feature) {
        return feature.getEContainingClass().getName() + "." + feature.getName();
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }
}
