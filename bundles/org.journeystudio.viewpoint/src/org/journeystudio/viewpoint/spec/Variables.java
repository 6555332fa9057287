package org.journeystudio.viewpoint.spec;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.CreateInstance;
import org.journeystudio.viewpoint.ForEach;
import org.journeystudio.viewpoint.Group;
import org.journeystudio.viewpoint.Let;

/**
 * The variables an expression of a specification may use besides {@code self}: those the runtime
 * binds (DESIGN.md §5 and the tools' documentation) and those the specification's own operations
 * declare. The static check knows them but not their types.
 */
final class Variables {

    private static final Set<String> RUNTIME = Set.of("container", "diagram", "view", "source", "target",
            "sourceView", "targetView", "containerView", "element", "oldContainer", "newContainer",
            "newViewContainer", "oldEnd", "newEnd", "otherEnd", "line", "column", "table", "instance");
    private static final int EDIT_MASK_ARGUMENTS = 10;

    private Variables() {
    }

    static Set<String> of(Group group) {
        Set<String> names = new HashSet<>(RUNTIME);
        for (int i = 0; i < EDIT_MASK_ARGUMENTS; i++) {
            names.add("arg" + i);
        }
        for (EObject element : (Iterable<EObject>) group::eAllContents) {
            if (element instanceof Let let && let.getVariableName() != null) {
                names.add(let.getVariableName());
            } else if (element instanceof ForEach each && each.getIteratorName() != null) {
                names.add(each.getIteratorName());
            } else if (element instanceof CreateInstance create && create.getVariableName() != null) {
                names.add(create.getVariableName());
            }
        }
        return names;
    }
}
