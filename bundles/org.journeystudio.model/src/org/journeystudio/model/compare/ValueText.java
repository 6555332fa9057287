package org.journeystudio.model.compare;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.journeystudio.model.query.ElementPaths;

/**
 * Feature values and places as one line of text for people: {@code 'Pay'}, {@code 3},
 * {@code TOUCHPOINT}, {@code [Channel 'Web', Channel 'Phone']}, {@code (unset)}; a reference as
 * the readable path of its target.
 */
public final class ValueText {

    /** How an unset feature reads. */
    public static final String UNSET = "(unset)";

    private ValueText() {
    }

    /** A feature's value (null when unset); references are named after their targets in the resource. */
    public static String of(EStructuralFeature feature, List<Object> values, Resource resource) {
        if (values == null) {
            return UNSET;
        }
        String text = values.stream().map(value -> one(feature, value, resource)).collect(Collectors.joining(", "));
        return feature.isMany() ? "[" + text + "]" : text;
    }

    private static String one(EStructuralFeature feature, Object value, Resource resource) {
        if (value instanceof Ref ref) {
            return ref.external() ? ref.key() : pathOr(resource, ref.key());
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof String string) {
            return "'" + oneLine(string) + "'";
        }
        if (feature instanceof EAttribute attribute && !(value instanceof Number) && !(value instanceof Boolean)) {
            return oneLine(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
        }
        return String.valueOf(value);
    }

    /** The readable path of the element with this id in the resource, or the id itself when it is not there. */
    public static String pathOr(Resource resource, String id) {
        EObject element = resource == null || id == null ? null : resource.getEObject(id);
        return element == null ? id : ElementPaths.path(element);
    }

    /** A place: the container's path and the feature, e.g. {@code Stage 'Pay' steps #2}. */
    public static String place(Location location, int index, Resource resource) {
        String position = index < 0 ? "" : " #" + (index + 1);
        if (location.isRoot()) {
            return "(root)" + position;
        }
        return pathOr(resource, location.parent()) + " " + location.feature() + position;
    }

    private static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
