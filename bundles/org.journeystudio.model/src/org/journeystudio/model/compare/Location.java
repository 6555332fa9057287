package org.journeystudio.model.compare;

/**
 * Where an element sits: the id of its container and the name of the containment feature,
 * or, for a root of the resource, no container and no feature.
 */
public record Location(String parent, String feature) {

    /** The place of the roots: the resource's contents. */
    public static final Location ROOT = new Location(null, null);

    /** Whether this is the resource's contents rather than an element's feature. */
    public boolean isRoot() {
        return parent == null;
    }
}
