package org.journeystudio.model.compare;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One difference between two versions of a document, matched by id. For people: the kind, the
 * element's readable path, and for a change the feature with its old and new values as text;
 * for a move where it was and where it went. For {@link DiffPatch}: the new values, the added
 * element's state, and the place and position an added or moved element takes.
 */
public final class Difference {

    /** What happened to the element. */
    public enum Kind {
        /** The element is new (its children are reported apart). */
        ADDED,
        /** The element is gone (its children are reported apart). */
        DELETED,
        /** The element has another container, or another position among the siblings it kept. */
        MOVED,
        /** A feature of the element has another value. */
        CHANGED
    }

    private final Kind kind;
    private final String id;
    private final String path;
    private final String feature;
    private final String oldValue;
    private final String newValue;
    private EStructuralFeature changedFeature;
    private List<Object> newValues;
    private ElementState added;
    private Location place;
    private int index = -1;

    Difference(Kind kind, String id, String path, String feature, String oldValue, String newValue) {
        this.kind = kind;
        this.id = id;
        this.path = path;
        this.feature = feature;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    static Difference changed(String id, String path, EStructuralFeature feature, String oldText, String newText,
            List<Object> newValues) {
        Difference difference = new Difference(Kind.CHANGED, id, path, feature.getName(), oldText, newText);
        difference.changedFeature = feature;
        difference.newValues = newValues;
        return difference;
    }

    /** Sets where an added or moved element goes: its place and its index in the new list. */
    Difference placedAt(Location newPlace, int newIndex) {
        this.place = newPlace;
        this.index = newIndex;
        return this;
    }

    Difference withState(ElementState state) {
        this.added = state;
        return this;
    }

    public Kind kind() {
        return kind;
    }

    /** The element's id ({@code xmi:id}, or URI fragment in a document without ids). */
    public String id() {
        return id;
    }

    /** The readable path: in the new version, or in the old one for a deleted element. */
    public String path() {
        return path;
    }

    /** The changed feature's name (CHANGED); null otherwise. */
    public String feature() {
        return feature;
    }

    /** The value before: text of a CHANGED feature, or the old place of a MOVED element; else null. */
    public String oldValue() {
        return oldValue;
    }

    /** The value after: text of a CHANGED feature, or the new place of a MOVED element; else null. */
    public String newValue() {
        return newValue;
    }

    EStructuralFeature changedFeature() {
        return changedFeature;
    }

    List<Object> newValues() {
        return newValues;
    }

    ElementState addedState() {
        return added;
    }

    Location place() {
        return place;
    }

    int index() {
        return index;
    }

    @Override
    public String toString() {
        return kind + " " + path + (feature == null ? "" : " " + feature)
                + (oldValue == null && newValue == null ? "" : ": " + oldValue + " -> " + newValue);
    }
}
