package org.journeystudio.ui.internal.compare;

import org.journeystudio.model.compare.Difference;
import org.journeystudio.ui.internal.compare.DifferenceGroups.Group;

/** The texts of the differences tree: what happened, and the left and right values. */
final class DifferenceTexts {

    /** A side's value when the element is not there. */
    static final String ABSENT = "\u2014";

    private DifferenceTexts() {
    }

    /** The first column: the element's path for a group, what happened for a difference. */
    static String title(Object row) {
        if (row instanceof Group group) {
            return group.path();
        }
        Difference difference = (Difference) row;
        return switch (difference.kind()) {
            case ADDED -> "added";
            case DELETED -> "deleted";
            case MOVED -> "moved";
            case CHANGED -> difference.feature();
        };
    }

    /** The left (older) side's value. */
    static String left(Object row) {
        if (row instanceof Group) {
            return "";
        }
        Difference difference = (Difference) row;
        return switch (difference.kind()) {
            case ADDED -> ABSENT;
            case DELETED -> DifferenceMarks.lastSegment(difference.path());
            default -> difference.oldValue();
        };
    }

    /** The right (newer) side's value. */
    static String right(Object row) {
        if (row instanceof Group) {
            return "";
        }
        Difference difference = (Difference) row;
        return switch (difference.kind()) {
            case ADDED -> DifferenceMarks.lastSegment(difference.path());
            case DELETED -> ABSENT;
            default -> difference.newValue();
        };
    }
}
