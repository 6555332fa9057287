package org.journeystudio.model.compare;

/**
 * What a three-way merge could not decide alone, and how it decided: always for ours, except
 * that what is gone on one side cannot be kept where it would leave a dangling reference or an
 * element without its container.
 */
public record Conflict(Kind kind, String id, String path, String feature, String ours, String theirs,
        String resolution) {

    /** The kinds of conflict. */
    public enum Kind {
        /** A feature was changed to different values. */
        CHANGED,
        /** An element deleted on one side was changed, or given children, on the other. */
        DELETED_CHANGED,
        /** An element was moved to different places. */
        MOVED,
        /** The same list was reordered differently. */
        REORDERED,
        /** A single-valued containment was given different new elements. */
        REPLACED,
        /** A reference to an element the merge does not keep was dropped. */
        DROPPED_REFERENCE,
        /** An element one side added or changed was dropped with its deleted container. */
        DROPPED_ELEMENT
    }

    /** One line: {@code CHANGED Journey 'Buy' / Step 'Pay' name: ours 'A', theirs 'B' (kept ours)}. */
    @Override
    public String toString() {
        return kind + " " + path + (feature == null ? "" : " " + feature) + ": ours " + ours + ", theirs " + theirs
                + " (" + resolution + ")";
    }
}
