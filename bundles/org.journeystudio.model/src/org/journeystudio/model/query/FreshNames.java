package org.journeystudio.model.query;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.journeystudio.model.journey.NamedElement;

/**
 * Names for new or pasted elements that no sibling of the same class has yet (rule JM002 reports
 * siblings that share a name): "Step", then "Step 2", "Step 3", …; a pasted "Pay" becomes "Pay 2".
 */
public final class FreshNames {

    private FreshNames() {
    }

    /** The name itself when no sibling of the class has it, else the name with the first free number. */
    public static String among(Iterable<?> siblings, EClass eClass, String name) {
        Set<String> taken = new HashSet<>();
        for (Object sibling : siblings) {
            if (sibling instanceof NamedElement named && named.eClass() == eClass && named.getName() != null) {
                taken.add(named.getName().strip());
            }
        }
        String base = name.strip();
        if (!taken.contains(base)) {
            return base;
        }
        int number = 2;
        while (taken.contains(base + " " + number)) {
            number++;
        }
        return base + " " + number;
    }
}
