package org.journeystudio.model.compare;

import java.util.HashMap;
import java.util.Map;

/**
 * What one side of a merge did to each element, as far as a deletion on the other side must
 * respect it: an element is touched when it is new, of another class, has other values or another
 * place, and so is every element above a touched one (it was changed inside, or given children).
 */
final class SideChanges {

    private SideChanges() {
    }

    /** Touched elements of the side, each with a short reason. */
    static Map<String, String> touched(ModelSnapshot base, ModelSnapshot side) {
        Map<String, String> touched = new HashMap<>();
        for (ElementState state : side.elements().values()) {
            String reason = reason(base.get(state.id()), state);
            if (reason == null || touched.containsKey(state.id())) {
                continue;
            }
            touched.put(state.id(), reason);
            String inside = reason.equals("added") ? "given children" : "changed inside";
            for (ElementState up = side.get(state.location().parent()); up != null && !touched.containsKey(up.id());
                    up = side.get(up.location().parent())) {
                touched.put(up.id(), inside);
            }
        }
        return touched;
    }

    private static String reason(ElementState before, ElementState after) {
        if (before == null) {
            return "added";
        }
        if (before.type() != after.type()) {
            return "replaced by a " + after.type().getName();
        }
        if (!before.sameValues(after)) {
            StringBuilder features = new StringBuilder("changed");
            after.values().forEach((feature, value) -> {
                if (!value.equals(before.value(feature))) {
                    features.append(' ').append(feature.getName());
                }
            });
            before.values().keySet().stream().filter(f -> after.value(f) == null)
                    .forEach(f -> features.append(' ').append(f.getName()));
            return features.toString();
        }
        return before.location().equals(after.location()) ? null : "moved";
    }
}
