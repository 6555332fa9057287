package org.journeystudio.model.compare;

import java.util.List;

/** The merged snapshot and the conflicts met on the way (empty for a clean merge). */
public record MergeResult(ModelSnapshot merged, List<Conflict> conflicts) {

    /** Whether the merge met no conflict. */
    public boolean clean() {
        return conflicts.isEmpty();
    }
}
