package org.journeystudio.model.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.model.journey.NamedElement;

/**
 * Names shared by siblings (JM002). Names compare case-sensitively after trimming, because
 * "Pay" and "Pay " look the same in every editor and report while "Pay" and "pay" do not.
 */
final class SiblingNames {

    /** A class and a trimmed name. */
    record Key(EClass eClass, String name) {
    }

    private SiblingNames() {
    }

    /** The key of a named element, or {@code null} when its name is blank (JM001 reports that). */
    static Key keyOf(NamedElement element) {
        String name = element.getName();
        return name == null || name.isBlank() ? null : new Key(element.eClass(), name.strip());
    }

    /** The keys that occur more than once in the list. */
    static Set<Key> duplicates(List<?> siblings) {
        Map<Key, Integer> counts = new HashMap<>();
        for (Object sibling : siblings) {
            if (sibling instanceof NamedElement named) {
                Key key = keyOf(named);
                if (key != null) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        Set<Key> shared = new HashSet<>();
        counts.forEach((key, count) -> {
            if (count > 1) {
                shared.add(key);
            }
        });
        return shared;
    }

    /** The containment list the element is in, or an empty list when it is alone or a root. */
    static List<?> siblingsOf(EObject element) {
        if (element.eContainer() == null || !element.eContainmentFeature().isMany()) {
            return List.of();
        }
        return (List<?>) element.eContainer().eGet(element.eContainmentFeature(), false);
    }
}
