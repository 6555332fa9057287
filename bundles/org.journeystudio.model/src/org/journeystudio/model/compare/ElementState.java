package org.journeystudio.model.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One element of a snapshot, cut loose from EMF: its id, class and place, the values of its set
 * features other than containments ({@link Ref}s for references, EMF's values for attributes;
 * a feature that is not set has no entry), and the ids of its children per containment feature
 * name (only non-empty lists).
 */
public final class ElementState {

    private final String id;
    private final EClass type;
    private Location location;
    private boolean positional;
    private final Map<EStructuralFeature, List<Object>> values = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    public ElementState(String id, EClass type, Location location) {
        this.id = id;
        this.type = type;
        this.location = location;
    }

    /** A copy with the same values and children lists (the lists themselves copied). */
    public ElementState copy() {
        ElementState copy = new ElementState(id, type, location);
        copy.positional = positional;
        copy.values.putAll(values);
        children.forEach((feature, list) -> copy.children.put(feature, new ArrayList<>(list)));
        return copy;
    }

    public String id() {
        return id;
    }

    public EClass type() {
        return type;
    }

    /**
     * Whether the id is the element's position (a URI fragment such as {@code //@representations.0})
     * because its document gives it no {@code xmi:id}; such an id is not written back.
     */
    public boolean positional() {
        return positional;
    }

    /** Marks the id as a position, as {@link #positional()} says. */
    public ElementState markPositional(boolean isPositional) {
        this.positional = isPositional;
        return this;
    }

    public Location location() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    /** Set features and their values (one value for a single-valued feature). */
    public Map<EStructuralFeature, List<Object>> values() {
        return values;
    }

    /** The value of a feature, null when it is not set. */
    public List<Object> value(EStructuralFeature feature) {
        return values.get(feature);
    }

    /**
     * Sets a feature's value, or unsets it for null. The list is kept as it is, not copied (a
     * snapshot of 100k elements is mostly such lists): whoever gives it must not change it later.
     */
    public void setValue(EStructuralFeature feature, List<Object> value) {
        if (value == null) {
            values.remove(feature);
        } else {
            values.put(feature, value);
        }
    }

    /** Children ids per containment feature name. */
    public Map<String, List<String>> children() {
        return children;
    }

    /** Whether the children lists are the same, an empty list being as no list. */
    public boolean sameChildren(ElementState other) {
        return nonEmpty(children).equals(nonEmpty(other.children));
    }

    private static Map<String, List<String>> nonEmpty(Map<String, List<String>> lists) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        lists.forEach((feature, ids) -> {
            if (!ids.isEmpty()) {
                kept.put(feature, ids);
            }
        });
        return kept;
    }

    /** Whether class and feature values are the same (place and children are not compared). */
    public boolean sameValues(ElementState other) {
        return other != null && type == other.type && values.equals(other.values);
    }
}
