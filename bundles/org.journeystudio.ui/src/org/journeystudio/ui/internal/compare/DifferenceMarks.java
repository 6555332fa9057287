package org.journeystudio.ui.internal.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.journeystudio.model.compare.Difference;
import org.journeystudio.model.compare.ElementState;
import org.journeystudio.model.compare.Location;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.ui.internal.compare.DiagramHighlights.GhostIds;
import org.journeystudio.ui.internal.compare.DiagramHighlights.Shown;

/**
 * What the newer (right) side's diagrams show of a comparison: its added elements, its changed
 * and moved ones, and a ghost for every deleted element whose container survived (its deleted
 * children go with it). A ghost is anchored beside what it was next to in the older version: the
 * siblings before it that are still there, nearest first, then those after it, then its containers.
 */
final class DifferenceMarks {

    private DifferenceMarks() {
    }

    static Shown of(MapComparison comparison) {
        ModelSnapshot older = ModelSnapshot.of(comparison.left().resource());
        ModelSnapshot newer = ModelSnapshot.of(comparison.right().resource());
        Set<String> added = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        List<GhostIds> ghosts = new ArrayList<>();
        for (Difference difference : comparison.differences()) {
            switch (difference.kind()) {
                case ADDED -> added.add(difference.id());
                case DELETED -> {
                    ElementState gone = older.get(difference.id());
                    if (gone.location().isRoot() || newer.get(gone.location().parent()) != null) {
                        ghosts.add(new GhostIds(lastSegment(difference.path()), anchors(older, newer, gone)));
                    }
                }
                default -> changed.add(difference.id());
            }
        }
        changed.removeAll(added);
        return new Shown(added, changed, ghosts);
    }

    private static List<String> anchors(ModelSnapshot older, ModelSnapshot newer, ElementState gone) {
        List<String> anchors = new ArrayList<>();
        Location place = gone.location();
        List<String> siblings = older.childrenAt(place);
        int at = siblings.indexOf(gone.id());
        for (int i = at - 1; i >= 0; i--) {
            addIfKept(newer, siblings.get(i), anchors);
        }
        for (int i = at + 1; i < siblings.size(); i++) {
            addIfKept(newer, siblings.get(i), anchors);
        }
        for (String container = place.parent(); container != null; container = containerOf(older, container)) {
            addIfKept(newer, container, anchors);
        }
        return anchors;
    }

    private static String containerOf(ModelSnapshot snapshot, String id) {
        ElementState state = snapshot.get(id);
        return state == null ? null : state.location().parent();
    }

    private static void addIfKept(ModelSnapshot newer, String id, List<String> anchors) {
        if (newer.get(id) != null) {
            anchors.add(id);
        }
    }

    /** {@code Step 'Pay'} of {@code Journey 'Buy' / Stage 'Purchase' / Step 'Pay'}. */
    static String lastSegment(String path) {
        int slash = path.lastIndexOf(" / ");
        return slash < 0 ? path : path.substring(slash + 3);
    }
}
