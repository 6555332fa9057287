package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.journeystudio.viewpoint.RepresentationElementMapping;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;

/**
 * The elements a mapping (diagram nodes, table lines or cross-table columns) selects under a
 * parent element: its semantic candidates (all contents of the parent when empty), kept when they
 * are instances of the domain class and satisfy the precondition, in candidate order (callers
 * drop repeats). Every read is recorded on the given unit.
 */
final class Candidates {

    private Candidates() {
    }

    /**
     * The selected elements.
     *
     * @param bindings the variables of an evaluation with the given element as {@code self}
     */
    static List<EObject> select(Evaluator evaluator, Function<EObject, Bindings> bindings,
            RepresentationElementMapping mapping, EObject parent, Unit reads) {
        EClass type = evaluator.spec().domainClass(mapping.getDomainClass());
        List<EObject> all;
        if (evaluator.has(mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES)) {
            all = evaluator.objects(mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES,
                    bindings.apply(parent), reads);
        } else {
            all = contents(parent, reads);
        }
        boolean filtered = evaluator.has(mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION);
        List<EObject> selected = new ArrayList<>(all.size());
        for (EObject candidate : all) {
            if (type != null && type.isInstance(candidate)
                    && (!filtered || accepts(evaluator, bindings, mapping, parent, candidate, reads))) {
                selected.add(candidate);
            }
        }
        return selected;
    }

    private static boolean accepts(Evaluator evaluator, Function<EObject, Bindings> bindings,
            RepresentationElementMapping mapping, EObject parent, EObject candidate, Unit reads) {
        Bindings variables = bindings.apply(candidate);
        variables.with("container", parent);
        return evaluator.bool(mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION, variables, reads, true);
    }

    /** All contents of an element, read feature by feature so that the reads are precise. */
    static List<EObject> contents(EObject parent, Unit reads) {
        List<EObject> all = new ArrayList<>();
        if (parent == null) {
            return all;
        }
        for (EReference containment : parent.eClass().getEAllContainments()) {
            reads.read(parent, containment);
            Object value = parent.eGet(containment);
            if (value instanceof Collection<?> values) {
                values.forEach(each -> all.add((EObject) each));
            } else if (value != null) {
                all.add((EObject) value);
            }
        }
        return all;
    }
}
