package org.journeystudio.viewpoint.sync;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.journeystudio.viewpoint.AbstractNodeMapping;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.RepresentationPackage;
import org.journeystudio.viewpoint.representation.ViewState;

/**
 * Keeps a diagram's views in step with its semantic model and its specification.
 *
 * <p>{@link #refresh()} rebuilds every view from the specification. After that the synchronizer
 * listens to the semantic model: each change marks only the units (candidate selections, labels
 * and styles of single views, edge resolutions) whose recorded reads it touched, and
 * {@link #refreshIncremental()} re-evaluates just those. Sirius re-evaluates everything on each
 * refresh; the read recording is what lets this one do a small part of that work.
 */
public final class DiagramSynchronizer {

    private final DiagramContext context;
    private final NodeBuilder nodes;
    private final EdgeBuilder edges;
    private final SemanticListener semantic;
    private final AdapterImpl stateListener;
    private boolean fullNeeded = true;
    private boolean statesChanged;

    public DiagramSynchronizer(Evaluator evaluator, DiagramDescription description, Diagram diagram) {
        this.context = new DiagramContext(evaluator, description, diagram);
        this.nodes = new NodeBuilder(context, this::nodesChanged);
        this.edges = new EdgeBuilder(context, nodes);
        this.semantic = new SemanticListener(context.index, context.dirty);
        this.stateListener = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                diagramChanged(notification);
            }
        };
    }

    public Diagram diagram() {
        return context.diagram;
    }

    /** Rebuilds every view from the specification and starts listening to the semantic model. */
    public void refresh() {
        listen();
        nodes.clear();
        edges.clear();
        context.index.clear();
        context.dirty.clear();
        context.states.invalidate();
        nodes.buildAll();
        edges.buildAll();
        fullNeeded = false;
        statesChanged = false;
    }

    /** Re-evaluates only what changed since the last refresh; a full refresh when layers or filters changed. */
    public void refreshIncremental() {
        if (fullNeeded) {
            refresh();
            return;
        }
        if (statesChanged) {
            context.states.invalidate();
            nodes.rebindStates();
            edges.rebindStates();
            statesChanged = false;
        }
        context.dirty.drain();
        edges.settle();
    }

    /** Whether a change is waiting for {@link #refreshIncremental()}. */
    public boolean needsRefresh() {
        return fullNeeded || statesChanged || !context.dirty.isEmpty();
    }

    /** Number of units waiting for re-evaluation, for tests and benchmarks. */
    public int pendingUnits() {
        return context.dirty.size();
    }

    /** Runtime problems of expressions met so far. */
    public List<String> problems() {
        return context.evaluator.problems();
    }

    /** Stops listening. */
    public void dispose() {
        semantic.dispose();
        context.diagram.eAdapters().remove(stateListener);
        context.diagram.getStates().forEach(state -> state.eAdapters().remove(stateListener));
    }

    private void listen() {
        semantic.listen(context.diagram.getTarget());
        if (!context.diagram.eAdapters().contains(stateListener)) {
            context.diagram.eAdapters().add(stateListener);
            context.diagram.getStates().forEach(state -> state.eAdapters().add(stateListener));
        }
    }


    private void nodesChanged(AbstractNodeMapping mapping) {
        edges.nodesChanged(mapping);
    }


    private void diagramChanged(Notification notification) {
        Object feature = notification.getFeature();
        if (feature == RepresentationPackage.Literals.DIAGRAM__ACTIVE_LAYERS
                || feature == RepresentationPackage.Literals.DIAGRAM__ACTIVE_FILTERS) {
            fullNeeded = true;
        } else if (feature == RepresentationPackage.Literals.DIAGRAM__STATES) {
            statesChanged = true;
            if (notification.getNewValue() instanceof ViewState added && !added.eAdapters().contains(stateListener)) {
                added.eAdapters().add(stateListener);
            } else if (notification.getNewValue() instanceof Collection<?> added) {
                added.forEach(state -> ((ViewState) state).eAdapters().add(stateListener));
            }
        } else if (feature == RepresentationPackage.Literals.VIEW_STATE__HIDDEN) {
            statesChanged = true;
        }
    }
}
