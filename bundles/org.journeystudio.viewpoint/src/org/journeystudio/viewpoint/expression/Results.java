package org.journeystudio.viewpoint.expression;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Turns expression results into what the runtime needs; no method throws on an odd result. */
public final class Results {

    private Results() {
    }

    /**
     * The truth of a predicate result: {@code null} is false; a Boolean is itself; a number is
     * true when not zero; a string when not empty and not "false"; a collection when not empty;
     * anything else is true.
     */
    public static boolean asBoolean(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof CharSequence text) {
            return !text.isEmpty() && !"false".equalsIgnoreCase(text.toString());
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        return true;
    }

    /**
     * The text of a label result: {@code null} is empty; an enumeration literal is its name; a
     * model element is its {@code name} when it has one, else its class name; a collection is
     * its elements' texts joined with ", ".
     */
    public static String asString(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return literal.getName();
        }
        if (value instanceof EObject object) {
            return nameOf(object);
        }
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            List<String> texts = new ArrayList<>();
            for (Object element : asList(value)) {
                texts.add(asString(element));
            }
            return String.join(", ", texts);
        }
        return value.toString();
    }

    /** A whole number result: numbers are truncated, numeric text parsed, anything else is the fallback. */
    public static int asInt(Object value, int fallback) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof CharSequence text) {
            try {
                return (int) Double.parseDouble(text.toString().trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /**
     * The elements of a result: {@code null} is empty, a collection or array its elements in
     * order, anything else a one-element list. The list is a read-only copy.
     */
    public static List<Object> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return Collections.unmodifiableList(new ArrayList<>(collection));
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> elements = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                elements.add(Array.get(value, i));
            }
            return Collections.unmodifiableList(elements);
        }
        return Collections.singletonList(value);
    }

    /** The model elements of a result, as {@link #asList(Object)} without the other values. */
    public static List<EObject> asEObjects(Object value) {
        List<EObject> objects = new ArrayList<>();
        for (Object element : asList(value)) {
            if (element instanceof EObject object) {
                objects.add(object);
            }
        }
        return Collections.unmodifiableList(objects);
    }

    private static String nameOf(EObject object) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        if (name instanceof EAttribute && !name.isMany() && object.eGet(name) instanceof String text) {
            return text;
        }
        return object.eClass().getName();
    }
}
