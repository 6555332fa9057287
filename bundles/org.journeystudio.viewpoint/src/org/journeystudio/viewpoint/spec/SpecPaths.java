package org.journeystudio.viewpoint.spec;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.Group;
import org.journeystudio.viewpoint.IdentifiedElement;
import org.journeystudio.viewpoint.ValidationRule;

/** Readable paths of specification elements, e.g. {@code journey / Journey Flow / step / style}. */
public final class SpecPaths {

    private SpecPaths() {
    }

    public static String of(EObject element) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject current = element; current != null && !(current instanceof Group); current = current.eContainer()) {
            segments.push(segmentOf(current));
        }
        return segments.isEmpty() ? "(group)" : String.join(" / ", segments);
    }

    private static String segmentOf(EObject element) {
        if (element instanceof ValidationRule rule && rule.getId() != null && !rule.getId().isBlank()) {
            return "rule " + rule.getId();
        }
        if (element instanceof IdentifiedElement identified && identified.getName() != null
                && !identified.getName().isBlank()) {
            return identified.getName();
        }
        String feature = element.eContainmentFeature() == null ? "" : element.eContainmentFeature().getName();
        String type = element.eClass().getName();
        return feature.isEmpty() ? type : feature + " (" + type + ")";
    }
}
