package org.journeystudio.viewpoint.layout;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.EdgeStyleValues;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.NodeStyleValues;
import org.journeystudio.viewpoint.representation.RepresentationPackage.Literals;

/**
 * What changed in a diagram's views since it was last {@link #clear() cleared}, as the synchronizer
 * left them: the nodes and edges whose own values (label, detail, level, style ...) changed, and
 * whether anything changed that can move a view (a view added, removed or reordered, a column,
 * alignment, level, position, size, visibility or stored state). A new recorder has everything
 * changed, so the first layout is a whole one. Only real changes count: setting a value to what it
 * was (the synchronizer re-evaluates every value of a view it refreshes) is not one.
 */
public final class ViewChanges extends EContentAdapter {

    private final Diagram diagram;
    private final Set<Node> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Edge> edges = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean moved = true;
    private boolean all = true;

    private ViewChanges(Diagram diagram) {
        this.diagram = diagram;
    }

    /** Starts recording the changes of a diagram's views. */
    public static ViewChanges of(Diagram diagram) {
        ViewChanges changes = new ViewChanges(diagram);
        diagram.eAdapters().add(changes);
        return changes;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch()) {
            return;
        }
        Object notifier = notification.getNotifier();
        Object feature = notification.getFeature();
        if (notifier instanceof Node node) {
            nodes.add(node);
            moved |= !(feature == Literals.VIEW__LABEL || feature == Literals.NODE__DETAIL);
        } else if (notifier instanceof NodeStyleValues style && style.eContainer() instanceof Node node) {
            nodes.add(node);
            moved |= feature == Literals.NODE_STYLE_VALUES__WIDTH || feature == Literals.NODE_STYLE_VALUES__HEIGHT;
        } else if (notifier instanceof Edge edge) {
            edges.add(edge);
            moved = true;
        } else if (notifier instanceof EdgeStyleValues style && style.eContainer() instanceof Edge edge) {
            edges.add(edge);
        } else {
            moved = true;
        }
    }

    /** Whether something changed that can move or resize a view other than by its text. */
    public boolean moved() {
        return moved;
    }

    /** Whether a node's own values (or its style's) changed. */
    public boolean changed(Node node) {
        return all || nodes.contains(node);
    }

    /** Whether an edge's own values (or its style's) changed. */
    public boolean changed(Edge edge) {
        return all || edges.contains(edge);
    }

    /** The nodes whose own values changed. */
    public Set<Node> nodes() {
        return Collections.unmodifiableSet(nodes);
    }

    /** The edges whose own values changed. */
    public Set<Edge> edges() {
        return Collections.unmodifiableSet(edges);
    }

    /** Forgets what was recorded: from now on only new changes count. */
    public void clear() {
        nodes.clear();
        edges.clear();
        moved = false;
        all = false;
    }

    /** Stops recording. */
    public void dispose() {
        diagram.eAdapters().remove(this);
    }
}
