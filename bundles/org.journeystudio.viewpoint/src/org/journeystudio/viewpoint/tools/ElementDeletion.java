package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.model.journey.JourneyModel;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Representation;

/**
 * Deleting model elements outside any diagram tool (a model tree, Cut): the elements with what
 * they contain, every semantic reference to them, and the stored view states of every diagram
 * that show them, as one undoable command.
 */
public final class ElementDeletion {

    private ElementDeletion() {
    }

    /**
     * The command, or null when nothing among the elements can be deleted (the map itself, its emotion
     * scale, an element that is not in a model any more).
     *
     * @param representations the session's representations, whose diagrams' stored states go too
     */
    public static Command of(EditingDomain domain, Collection<?> elements, List<Representation> representations) {
        List<EObject> targets = targets(elements);
        if (targets.isEmpty()) {
            return null;
        }
        Set<EObject> all = ViewStateChanges.withContents(targets);
        CompoundCommand command = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Delete");
        for (Representation representation : representations) {
            if (representation instanceof Diagram diagram) {
                Command drop = ViewStateChanges.dropStatesOf(domain, diagram, all);
                if (drop != null) {
                    command.append(drop);
                }
            }
        }
        command.append(new SemanticDeleteCommand(domain, targets));
        return command.canExecute() ? command : null;
    }

    private static List<EObject> targets(Collection<?> elements) {
        List<EObject> targets = new ArrayList<>();
        for (Object object : elements) {
            if (object instanceof EObject element && deletable(element) && !targets.contains(element)) {
                targets.add(element);
            }
        }
        targets.removeIf(element -> targets.stream().anyMatch(other -> other != element && EcoreUtil.isAncestor(other, element)));
        return targets;
    }

    /** Not the map, nor what the map must have (its emotion scale), nor what is gone already. */
    private static boolean deletable(EObject element) {
        if (element instanceof JourneyModel || element.eContainer() == null) {
            return false;
        }
        return element.eContainmentFeature().isMany() || !element.eContainmentFeature().isRequired();
    }
}
