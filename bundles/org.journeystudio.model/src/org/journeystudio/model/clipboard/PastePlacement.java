package org.journeystudio.model.clipboard;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Where pasted elements go, for the element a person selected: into it, when one of its
 * containments takes every pasted element (steps pasted on a stage), at the end; else beside it,
 * right after it, when its own containment takes them (a step pasted on a step); else into the
 * nearest container that takes them (a persona pasted on a step goes to the map); else nowhere.
 *
 * @param owner   the element that gets the pasted elements
 * @param feature the containment they are added to
 * @param index   the position of the first one in that list
 */
public record PastePlacement(EObject owner, EReference feature, int index) {

    /** The placement for elements pasted on a selected element, empty when they fit neither in it nor beside it. */
    public static Optional<PastePlacement> find(EObject selected, List<? extends EObject> pasted) {
        if (selected == null || pasted.isEmpty()) {
            return Optional.empty();
        }
        Optional<PastePlacement> inside = into(selected, pasted);
        if (inside.isPresent()) {
            return inside;
        }
        EReference own = selected.eContainmentFeature();
        EObject parent = selected.eContainer();
        if (own != null && own.isMany() && parent != null && takesAll(own, pasted)) {
            return Optional.of(new PastePlacement(parent, own, list(parent, own).indexOf(selected) + 1));
        }
        for (EObject ancestor = parent; ancestor != null; ancestor = ancestor.eContainer()) {
            Optional<PastePlacement> up = into(ancestor, pasted);
            if (up.isPresent()) {
                return up;
            }
        }
        return Optional.empty();
    }

    private static Optional<PastePlacement> into(EObject owner, List<? extends EObject> pasted) {
        for (EReference containment : owner.eClass().getEAllContainments()) {
            if (containment.isMany() && takesAll(containment, pasted)) {
                return Optional.of(new PastePlacement(owner, containment, list(owner, containment).size()));
            }
        }
        return Optional.empty();
    }

    private static boolean takesAll(EReference containment, List<? extends EObject> pasted) {
        return pasted.stream().allMatch(element -> containment.getEReferenceType().isInstance(element));
    }

    /** The list the elements are added to. */
    public List<?> siblings() {
        return list(owner, feature);
    }

    private static List<?> list(EObject owner, EReference feature) {
        return (List<?>) owner.eGet(feature);
    }
}
