package org.journeystudio.viewpoint.sync;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.ViewState;

/**
 * The user settings stored in a diagram (positions, sizes, bendpoints, hidden, collapsed), found
 * by the key of the view they belong to: mapping and element, plus both ends for edges.
 */
public final class ViewStates {

    private record Key(String mapping, EObject semantic, EObject source, EObject target) {
    }

    private final Diagram diagram;
    private Map<Key, ViewState> byKey;

    public ViewStates(Diagram diagram) {
        this.diagram = diagram;
    }

    /** The stored state of a view, or null. */
    public ViewState find(String mapping, EObject semantic, EObject source, EObject target) {
        if (byKey == null) {
            byKey = new HashMap<>();
            for (ViewState state : diagram.getStates()) {
                byKey.putIfAbsent(keyOf(state), state);
            }
        }
        return byKey.get(new Key(mapping, semantic, source, target));
    }

    /** The stored state of a view, created (and stored in the diagram) when there is none. */
    public ViewState obtain(String mapping, EObject semantic, EObject source, EObject target) {
        ViewState state = find(mapping, semantic, source, target);
        if (state == null) {
            state = RepresentationFactory.eINSTANCE.createViewState();
            state.setMapping(mapping);
            state.setSemantic(semantic);
            state.setSource(source);
            state.setTarget(target);
            diagram.getStates().add(state);
            byKey.put(keyOf(state), state);
        }
        return state;
    }

    /** Forgets the index, after states were changed from outside (undo, load). */
    public void invalidate() {
        byKey = null;
    }

    /**
     * Drops the states of elements that no longer exist (deleted, or a reference that no longer
     * resolves), so that a save keeps only what still applies.
     */
    public static int prune(Diagram diagram) {
        int removed = 0;
        for (Iterator<ViewState> it = diagram.getStates().iterator(); it.hasNext();) {
            ViewState state = it.next();
            if (isGone(state.getSemantic()) || state.getSource() != null && isGone(state.getSource())
                    || state.getTarget() != null && isGone(state.getTarget())) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }

    private static boolean isGone(EObject semantic) {
        return semantic == null || semantic.eIsProxy() || semantic.eResource() == null;
    }

    private static Key keyOf(ViewState state) {
        return new Key(state.getMapping(), state.getSemantic(), state.getSource(), state.getTarget());
    }
}
