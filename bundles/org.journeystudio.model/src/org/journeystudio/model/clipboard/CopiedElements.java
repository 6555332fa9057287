package org.journeystudio.model.clipboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.model.journey.NamedElement;
import org.journeystudio.model.query.FreshNames;

/**
 * What Copy or Cut put aside: a detached copy of the chosen elements with everything they contain
 * (a step with its pain points, a stage with its steps), taken at the moment of the copy so that
 * later edits, or the cut itself, do not change what is pasted. Its references inside the set point
 * to its own elements, the others to the original targets.
 *
 * <p>Each paste makes new copies of it ({@link #copiesFor}): new objects, which get fresh
 * {@code xmi:id}s when they are added to a map, with the references re-bound for that map.
 */
public final class CopiedElements {

    private final List<EObject> elements;

    private CopiedElements(List<EObject> elements) {
        this.elements = elements;
    }

    /**
     * A copy of the chosen model elements; an element inside another chosen one is copied with it
     * only once, and what is not a model element (or is the map itself) is left out.
     */
    public static CopiedElements of(Collection<?> chosen) {
        List<EObject> roots = roots(chosen);
        BindingCopier copier = new BindingCopier(UnaryOperator.identity());
        Collection<EObject> copies = copier.copyAll(roots);
        copier.copyReferences();
        return new CopiedElements(List.copyOf(copies));
    }

    private static List<EObject> roots(Collection<?> chosen) {
        List<EObject> candidates = new ArrayList<>();
        for (Object object : chosen) {
            if (object instanceof EObject element && !(element instanceof JourneyModel) && element.eContainer() != null
                    && !candidates.contains(element)) {
                candidates.add(element);
            }
        }
        List<EObject> roots = new ArrayList<>();
        for (EObject candidate : candidates) {
            if (candidates.stream().noneMatch(other -> other != candidate && EcoreUtil.isAncestor(other, candidate))) {
                roots.add(candidate);
            }
        }
        return roots;
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** The copied elements (detached; look, do not change). */
    public List<EObject> elements() {
        return elements;
    }

    /**
     * New copies to paste into a map: references inside the set go to the new copies; references
     * outside it are kept when their target is in {@code target}, else bound to a same-named channel,
     * persona or team of {@code target}, else dropped.
     */
    public List<EObject> copiesFor(JourneyModel target) {
        BindingCopier copier = new BindingCopier(new OutsideReferences(target));
        List<EObject> copies = new ArrayList<>(copier.copyAll(elements));
        copier.copyReferences();
        return copies;
    }

    /**
     * Renames copies whose name a sibling of the same class already has ("Pay" → "Pay 2"), so that a
     * paste beside the original leaves no JM002 error. Call before the copies are added.
     */
    public static void nameApart(List<EObject> copies, List<?> siblings) {
        List<Object> seen = new ArrayList<>(siblings);
        for (EObject copy : copies) {
            if (copy instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
                named.setName(FreshNames.among(seen, named.eClass(), named.getName()));
            }
            seen.add(copy);
        }
    }
}
