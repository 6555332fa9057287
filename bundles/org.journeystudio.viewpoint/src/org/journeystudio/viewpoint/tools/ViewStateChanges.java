package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.RepresentationPackage.Literals;
import org.journeystudio.viewpoint.representation.ViewState;
import org.journeystudio.viewpoint.sync.ViewStates;

/**
 * Changes to the stored user state of a diagram, as commands, so that a tool's undo restores
 * the representation together with the model: the position of a node a tool created, the
 * states of elements a tool deleted. Editors use {@link #position} for nodes a user moved.
 */
public final class ViewStateChanges {

    private ViewStateChanges() {
    }

    /**
     * Stores a node position: in the view's existing state, or in a new state added to the diagram.
     * The diagram's states are looked up afresh ({@link ViewStates#find}); adding through a command
     * rather than {@link ViewStates#obtain} is what makes the new state undoable.
     */
    public static Command position(EditingDomain domain, Diagram diagram, String mapping, EObject semantic, Position position) {
        return store(domain, diagram, mapping, semantic, Map.of(Literals.VIEW_STATE__X, position.x(),
                Literals.VIEW_STATE__Y, position.y()));
    }

    /** Stores a node's position and size (a resize), as {@link #position} stores a position. */
    public static Command bounds(EditingDomain domain, Diagram diagram, String mapping, EObject semantic, Position position,
            int width, int height) {
        return store(domain, diagram, mapping, semantic, Map.of(Literals.VIEW_STATE__X, position.x(),
                Literals.VIEW_STATE__Y, position.y(), Literals.VIEW_STATE__WIDTH, width, Literals.VIEW_STATE__HEIGHT, height));
    }

    private static Command store(EditingDomain domain, Diagram diagram, String mapping, EObject semantic,
            Map<EAttribute, Integer> values) {
        ViewState state = new ViewStates(diagram).find(mapping, semantic, null, null);
        if (state == null) {
            state = RepresentationFactory.eINSTANCE.createViewState();
            state.setMapping(mapping);
            state.setSemantic(semantic);
            for (Map.Entry<EAttribute, Integer> value : values.entrySet()) {
                state.eSet(value.getKey(), value.getValue());
            }
            return AddCommand.create(domain, diagram, Literals.DIAGRAM__STATES, state);
        }
        List<Command> changes = new ArrayList<>();
        for (Map.Entry<EAttribute, Integer> value : values.entrySet()) {
            changes.add(SetCommand.create(domain, state, value.getKey(), value.getValue()));
        }
        return new CompoundCommand("position", changes);
    }

    /** Removes the states of views of these elements, or null when there are none. */
    static Command dropStatesOf(EditingDomain domain, Diagram diagram, Set<EObject> elements) {
        List<ViewState> gone = new ArrayList<>();
        for (ViewState state : diagram.getStates()) {
            if (elements.contains(state.getSemantic()) || elements.contains(state.getSource())
                    || elements.contains(state.getTarget())) {
                gone.add(state);
            }
        }
        return gone.isEmpty() ? null : RemoveCommand.create(domain, diagram, Literals.DIAGRAM__STATES, gone);
    }

    /** Removes the state of one edge, or null when it has none. */
    static Command dropEdgeState(EditingDomain domain, Diagram diagram, String mapping, EObject semantic,
            EObject source, EObject target) {
        ViewState state = new ViewStates(diagram).find(mapping, semantic, source, target);
        return state == null ? null : RemoveCommand.create(domain, diagram, Literals.DIAGRAM__STATES, state);
    }

    /** The elements and everything inside them, by identity. */
    static Set<EObject> withContents(List<EObject> elements) {
        Set<EObject> all = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EObject element : elements) {
            all.add(element);
            element.eAllContents().forEachRemaining(all::add);
        }
        return all;
    }
}
