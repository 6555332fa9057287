package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.AbstractNodeMapping;
import org.journeystudio.viewpoint.ContainerMapping;
import org.journeystudio.viewpoint.Filter;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.NodeMapping;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.ViewState;

/**
 * Builds and refreshes the nodes of a diagram: one {@link Segment} per (parent, mapping) decides
 * which elements get a view; one {@link NodeInfo} per node computes its label, style and
 * visibility. Views of elements that stay candidates are kept (and keep their identity).
 */
final class NodeBuilder {

    final DiagramContext context;
    private final List<Segment> roots = new ArrayList<>();
    private final Map<Node, NodeInfo> infos = new IdentityHashMap<>();
    private final Map<AbstractNodeMapping, Map<EObject, List<Node>>> byMapping = new HashMap<>();
    private final Consumer<AbstractNodeMapping> nodesChanged;

    NodeBuilder(DiagramContext context, Consumer<AbstractNodeMapping> nodesChanged) {
        this.context = context;
        this.nodesChanged = nodesChanged;
    }

    void buildAll() {
        EObject target = context.diagram.getTarget();
        for (Layer layer : context.activeLayers()) {
            for (AbstractNodeMapping mapping : topMappings(layer)) {
                Segment segment = new Segment(this, null, target, mapping, false, 0);
                roots.add(segment);
                segment.evaluate();
            }
        }
    }

    private static List<AbstractNodeMapping> topMappings(Layer layer) {
        List<AbstractNodeMapping> mappings = new ArrayList<>(layer.getContainerMappings());
        mappings.addAll(layer.getNodeMappings());
        return mappings;
    }

    /** Re-selects the elements of a segment: keeps, adds and removes views, and restores the order. */
    void refresh(Segment segment) {
        LinkedHashMap<EObject, Node> next = new LinkedHashMap<>();
        List<Node> created = new ArrayList<>();
        for (EObject candidate : Candidates.select(context.evaluator, context::bindings, segment.mapping,
                segment.parentSemantic, segment)) {
            if (!next.containsKey(candidate)) {
                Node node = segment.views.remove(candidate);
                if (node == null) {
                    node = create(segment, candidate);
                    created.add(node);
                }
                next.put(candidate, node);
            }
        }
        Collection<Node> gone = segment.views.values();
        gone.forEach(this::remove);
        boolean changed = !created.isEmpty() || !gone.isEmpty();
        segment.views = next;
        placeChildren(segment);
        created.forEach(this::populate);
        if (changed) {
            nodesChanged.accept(segment.mapping);
        }
    }

    private Node create(Segment segment, EObject semantic) {
        Node node = RepresentationFactory.eINSTANCE.createNode();
        node.setMapping(segment.mapping.getName());
        node.setSemantic(semantic);
        node.setContainer(segment.mapping instanceof ContainerMapping);
        node.setStyle(RepresentationFactory.eINSTANCE.createNodeStyleValues());
        node.setState(context.states.find(segment.mapping.getName(), semantic, null, null));
        infos.put(node, new NodeInfo(segment, node));
        byMapping.computeIfAbsent(segment.mapping, key -> new IdentityHashMap<>())
                .computeIfAbsent(semantic, key -> new ArrayList<>(1)).add(node);
        return node;
    }

    /** Computes a new node and builds its sub-views. */
    private void populate(Node node) {
        NodeInfo info = infos.get(node);
        info.evaluate();
        AbstractNodeMapping mapping = info.owner.mapping;
        int depth = info.owner.depth() / 2 + 1;
        for (NodeMapping border : mapping.getBorderedNodeMappings()) {
            info.bordered.add(new Segment(this, node, node.getSemantic(), border, true, depth));
        }
        if (mapping instanceof ContainerMapping container) {
            for (AbstractNodeMapping sub : container.getSubContainerMappings()) {
                info.children.add(new Segment(this, node, node.getSemantic(), sub, false, depth));
            }
            for (AbstractNodeMapping sub : container.getSubNodeMappings()) {
                info.children.add(new Segment(this, node, node.getSemantic(), sub, false, depth));
            }
        }
        info.bordered.forEach(Segment::evaluate);
        info.children.forEach(Segment::evaluate);
    }

    private void remove(Node node) {
        NodeInfo info = infos.remove(node);
        if (info == null) {
            return;
        }
        info.dispose();
        for (Segment segment : concat(info.children, info.bordered)) {
            segment.dispose();
            segment.views.values().forEach(this::remove);
            if (!segment.views.isEmpty()) {
                nodesChanged.accept(segment.mapping);
            }
        }
        Map<EObject, List<Node>> bySemantic = byMapping.get(info.owner.mapping);
        List<Node> nodes = bySemantic.get(node.getSemantic());
        nodes.remove(node);
        if (nodes.isEmpty()) {
            bySemantic.remove(node.getSemantic());
        }
    }

    private static List<Segment> concat(List<Segment> first, List<Segment> second) {
        List<Segment> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Sets the parent's list of views to the views of its segments, in mapping then candidate order. */
    private void placeChildren(Segment changed) {
        List<Segment> siblings;
        EList<Node> list;
        if (changed.parent == null) {
            siblings = roots;
            list = context.diagram.getNodes();
        } else {
            NodeInfo info = infos.get(changed.parent);
            siblings = changed.bordered ? info.bordered : info.children;
            list = changed.bordered ? changed.parent.getBorderedNodes() : changed.parent.getChildren();
        }
        List<Node> order = new ArrayList<>();
        for (Segment segment : siblings) {
            order.addAll(segment.views.values());
        }
        if (!order.equals(list)) {
            ECollections.setEList(list, order);
        }
    }

    /** Label, style and visibility of one node. */
    void computeView(NodeInfo info) {
        Node node = info.node;
        AbstractNodeMapping mapping = info.owner.mapping;
        Bindings bindings = context.bindings(node.getSemantic());
        bindings.with("view", node);
        bindings.with("container", info.owner.parentSemantic);
        if (context.evaluator.has(mapping, Literals.DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION)) {
            node.setLabel(context.evaluator.string(mapping, Literals.DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION,
                    bindings, info));
        } else {
            node.setLabel(Styles.defaultLabel(node.getSemantic(), info));
        }
        context.styles.node(mapping, bindings, info, node.getStyle());
        laneGrid(mapping, bindings, info);
        info.filtered = filtered(mapping, bindings, info);
        node.setVisible(visible(info));
    }

    /** The secondary text and the lane-grid (or computed free) placement of a node. */
    private void laneGrid(AbstractNodeMapping mapping, Bindings bindings, NodeInfo info) {
        Node node = info.node;
        Evaluator evaluator = context.evaluator;
        String detail = evaluator.string(mapping, Literals.ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION, bindings, info);
        node.setDetail(detail.isEmpty() ? null : detail);
        node.setColumn(evaluator.object(mapping, Literals.ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION, bindings, info));
        node.setAlignedWith(evaluator.object(mapping, Literals.ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION, bindings, info));
        Object level = evaluator.value(mapping, Literals.ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION, bindings, info);
        if (level instanceof Number number) {
            node.setLevel(Math.max(0, Math.min(1, number.doubleValue())));
        } else {
            node.unsetLevel();
        }
        position(mapping, bindings, info);
    }

    /** The position computed by the mapping's x and y expressions (free layouts), unset when there is none. */
    private void position(AbstractNodeMapping mapping, Bindings bindings, NodeInfo info) {
        Node node = info.node;
        Object x = context.evaluator.value(mapping, Literals.ABSTRACT_NODE_MAPPING__XEXPRESSION, bindings, info);
        Object y = context.evaluator.value(mapping, Literals.ABSTRACT_NODE_MAPPING__YEXPRESSION, bindings, info);
        if (x instanceof Number left && y instanceof Number top) {
            node.setX(left.doubleValue());
            node.setY(top.doubleValue());
        } else {
            node.unsetX();
            node.unsetY();
        }
    }

    private boolean filtered(AbstractNodeMapping mapping, Bindings bindings, Unit reads) {
        for (Filter filter : context.activeFilters()) {
            if (filter.getMappings().contains(mapping) && (!context.evaluator.has(filter, Literals.FILTER__CONDITION_EXPRESSION)
                    || context.evaluator.bool(filter, Literals.FILTER__CONDITION_EXPRESSION, bindings, reads, false))) {
                return true;
            }
        }
        return false;
    }

    static boolean visible(NodeInfo info) {
        ViewState state = info.node.getState();
        return !info.filtered && (state == null || !state.isHidden());
    }

    /** Re-attaches stored user states to every node, after states were added or removed. */
    void rebindStates() {
        for (NodeInfo info : infos.values()) {
            Node node = info.node;
            ViewState state = context.states.find(node.getMapping(), node.getSemantic(), null, null);
            if (state != node.getState()) {
                node.setState(state);
            }
            boolean visible = visible(info);
            if (visible != node.isVisible()) {
                node.setVisible(visible);
            }
        }
    }

    /** The nodes of a mapping that show an element. */
    List<Node> nodesOf(AbstractNodeMapping mapping, EObject semantic) {
        Map<EObject, List<Node>> bySemantic = byMapping.get(mapping);
        List<Node> nodes = bySemantic == null ? null : bySemantic.get(semantic);
        return nodes == null ? List.of() : nodes;
    }

    /** Every node of a mapping, in no particular order. */
    List<Node> nodesOf(AbstractNodeMapping mapping) {
        Map<EObject, List<Node>> bySemantic = byMapping.get(mapping);
        List<Node> nodes = new ArrayList<>();
        if (bySemantic != null) {
            bySemantic.values().forEach(nodes::addAll);
        }
        return nodes;
    }

    boolean isLive(Node node) {
        return infos.containsKey(node);
    }

    NodeInfo infoOf(Node node) {
        return infos.get(node);
    }

    void clear() {
        for (NodeInfo info : infos.values()) {
            info.abandon();
            info.children.forEach(Unit::abandon);
            info.bordered.forEach(Unit::abandon);
        }
        roots.forEach(Unit::abandon);
        infos.clear();
        roots.clear();
        byMapping.clear();
        context.diagram.getNodes().clear();
    }
}
