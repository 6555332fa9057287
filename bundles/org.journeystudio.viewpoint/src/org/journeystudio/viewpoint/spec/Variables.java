package org.journeystudio.viewpoint.spec;

import java.util.Set;

/**
 * The variables the synchronizer binds for the expressions of mappings, styles and filters
 * besides {@code self} (DESIGN.md §5). The static check knows them but not their types. Tools
 * have their own, scoped variables ({@link ToolVariables}).
 */
final class Variables {

    static final Set<String> MAPPINGS = Set.of("container", "diagram", "view", "source", "target",
            "sourceView", "targetView", "table", "column");

    private Variables() {
    }
}
