package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.viewpoint.expression.Results;
import org.journeystudio.viewpoint.representation.Diagram;

/**
 * Deletes semantic elements within one tool run: the elements, every reference to them, and the
 * stored view states of the diagram that show them or anything inside them. Remembers what it
 * deleted, so that deleting a container and then one of its children does not fail.
 */
final class Deletion {

    private final EditingDomain domain;
    private final CommandSink sink;
    private final Set<EObject> deleted = Collections.newSetFromMap(new IdentityHashMap<>());

    Deletion(EditingDomain domain, CommandSink sink) {
        this.domain = domain;
        this.sink = sink;
    }

    /**
     * @param where the prefix of an error message (the operation or tool that deletes)
     * @param diagram the diagram whose view states go too, or null
     */
    void delete(String where, List<EObject> elements, Diagram diagram) {
        List<EObject> targets = new ArrayList<>();
        for (EObject element : elements) {
            if (isPresent(element) && !targets.contains(element)) {
                targets.add(element);
            }
        }
        targets.removeIf(element -> targets.stream().anyMatch(other -> other != element && EcoreUtil.isAncestor(other, element)));
        if (targets.isEmpty()) {
            return;
        }
        Set<EObject> all = ViewStateChanges.withContents(targets);
        if (diagram != null) {
            Command drop = ViewStateChanges.dropStatesOf(domain, diagram, all);
            if (drop != null) {
                sink.apply(drop);
            }
        }
        Command delete = new SemanticDeleteCommand(domain, targets);
        if (!delete.canExecute()) {
            throw new ToolException(where + "cannot delete " + Results.asString(targets));
        }
        sink.apply(delete);
        deleted.addAll(all);
    }

    /** Whether an element is still part of the model: not deleted by this run, and contained or a resource root. */
    boolean isPresent(EObject element) {
        return element != null && !deleted.contains(element) && (element.eContainer() != null || element.eResource() != null);
    }
}
