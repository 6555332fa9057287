package org.journeystudio.ui.internal.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeystudio.model.compare.Difference;

/** The differences grouped by element, in the order the comparison gives them: one group per id. */
final class DifferenceGroups {

    /** The differences of one element, under its readable path. */
    record Group(String id, String path, List<Difference> differences) {
    }

    private DifferenceGroups() {
    }

    static List<Group> of(List<Difference> differences) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Difference difference : differences) {
            groups.computeIfAbsent(difference.id(), id -> new Group(id, difference.path(), new ArrayList<>()))
                    .differences().add(difference);
        }
        return List.copyOf(groups.values());
    }
}
