package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.RepresentationElementMapping;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;

/**
 * The elements a table mapping (lines or cross-table columns) selects under a parent element: its
 * semantic candidates (all contents of the parent when empty), kept when they are instances of
 * the domain class and satisfy the precondition, in candidate order (callers drop repeats).
 */
final class Candidates {

    private Candidates() {
    }

    static List<EObject> select(TableContext context, RepresentationElementMapping mapping, EObject parent, Unit reads) {
        Evaluator evaluator = context.evaluator;
        EClass type = evaluator.spec().domainClass(mapping.getDomainClass());
        List<EObject> all;
        if (evaluator.has(mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES)) {
            all = evaluator.objects(mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES,
                    context.bindings(parent), reads);
        } else {
            all = NodeBuilder.contents(parent, reads);
        }
        boolean filtered = evaluator.has(mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION);
        List<EObject> selected = new ArrayList<>(all.size());
        for (EObject candidate : all) {
            if (type != null && type.isInstance(candidate)
                    && (!filtered || accepts(context, mapping, parent, candidate, reads))) {
                selected.add(candidate);
            }
        }
        return selected;
    }

    private static boolean accepts(TableContext context, RepresentationElementMapping mapping, EObject parent,
            EObject candidate, Unit reads) {
        Bindings bindings = context.bindings(candidate);
        bindings.with("container", parent);
        return context.evaluator.bool(mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION, bindings, reads,
                true);
    }
}
