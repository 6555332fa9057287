package org.journeystudio.viewpoint.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.AbstractNodeMapping;
import org.journeystudio.viewpoint.DiagramElementMapping;
import org.journeystudio.viewpoint.EdgeMapping;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.ViewState;

/**
 * Builds and refreshes the edges of a diagram. A relation-based mapping has one {@link EdgeUnit}
 * per source node; an element-based one a single unit. When the nodes of a mapping an edge
 * mapping connects change, its units are re-resolved.
 */
final class EdgeBuilder {

    final DiagramContext context;
    private final NodeBuilder nodes;
    private final List<EdgeMapping> mappings = new ArrayList<>();
    private final Map<EdgeMapping, Map<Node, EdgeUnit>> units = new IdentityHashMap<>();
    private final Map<Edge, EdgeView> views = new IdentityHashMap<>();
    private final Set<EdgeMapping> stale = new LinkedHashSet<>();
    private boolean orderChanged;

    EdgeBuilder(DiagramContext context, NodeBuilder nodes) {
        this.context = context;
        this.nodes = nodes;
    }

    void buildAll() {
        for (Layer layer : context.activeLayers()) {
            mappings.addAll(layer.getEdgeMappings());
        }
        stale.addAll(mappings);
        settle();
    }

    /** The nodes of a mapping were added or removed: edges that connect that mapping need resolving again. */
    void nodesChanged(AbstractNodeMapping mapping) {
        for (EdgeMapping edgeMapping : mappings) {
            if (edgeMapping.getSourceMappings().contains(mapping) || edgeMapping.getTargetMappings().contains(mapping)) {
                stale.add(edgeMapping);
            }
        }
    }

    /** Re-resolves the stale mappings and puts the edge list in order. */
    void settle() {
        for (EdgeMapping mapping : new ArrayList<>(stale)) {
            Map<Node, EdgeUnit> current = units.computeIfAbsent(mapping, key -> new LinkedHashMap<>());
            Map<Node, EdgeUnit> next = new LinkedHashMap<>();
            int mappingIndex = mappings.indexOf(mapping);
            for (Node source : sourcesOf(mapping)) {
                EdgeUnit unit = current.remove(source);
                next.put(source, unit != null ? unit : new EdgeUnit(this, mapping, mappingIndex, source));
            }
            current.values().forEach(this::discard);
            units.put(mapping, next);
            next.values().forEach(Unit::evaluate);
        }
        stale.clear();
        reorder();
    }

    private List<Node> sourcesOf(EdgeMapping mapping) {
        List<Node> sources = new ArrayList<>();
        if (mapping.isUseDomainElement()) {
            sources.add(null);
            return sources;
        }
        for (DiagramElementMapping source : mapping.getSourceMappings()) {
            if (source instanceof AbstractNodeMapping nodeMapping) {
                sources.addAll(nodes.nodesOf(nodeMapping));
            }
        }
        return sources;
    }

    private void discard(EdgeUnit unit) {
        unit.dispose();
        unit.edges.values().forEach(edge -> views.remove(edge).dispose());
        unit.edges.clear();
        orderChanged = true;
    }

    void refresh(EdgeUnit unit) {
        if (unit.source != null && !nodes.isLive(unit.source)) {
            discard(unit);
            return;
        }
        LinkedHashMap<EdgeUnit.Key, Edge> next = new LinkedHashMap<>();
        if (unit.source == null) {
            resolveElements(unit, next);
        } else {
            EObject source = unit.source.getSemantic();
            Bindings bindings = context.bindings(source);
            bindings.with("sourceView", unit.source);
            for (EObject target : context.evaluator.objects(unit.mapping, Literals.EDGE_MAPPING__TARGET_FINDER_EXPRESSION,
                    bindings, unit)) {
                connect(unit, source, List.of(unit.source), target, next);
            }
        }
        for (Map.Entry<EdgeUnit.Key, Edge> old : unit.edges.entrySet()) {
            if (!next.containsKey(old.getKey())) {
                views.remove(old.getValue()).dispose();
                orderChanged = true;
            }
        }
        unit.edges = next;
    }

    private void resolveElements(EdgeUnit unit, Map<EdgeUnit.Key, Edge> next) {
        EObject root = context.diagram.getTarget();
        List<EObject> candidates;
        if (context.evaluator.has(unit.mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES)) {
            candidates = context.evaluator.objects(unit.mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES,
                    context.bindings(root), unit);
        } else {
            unit.readAll();
            candidates = new ArrayList<>();
            root.eAllContents().forEachRemaining(candidates::add);
        }
        EClass type = context.evaluator.spec().domainClass(unit.mapping.getDomainClass());
        for (EObject element : candidates) {
            if (type == null || !type.isInstance(element)) {
                continue;
            }
            Bindings bindings = context.bindings(element);
            if (!context.evaluator.bool(unit.mapping, Literals.REPRESENTATION_ELEMENT_MAPPING__PRECONDITION, bindings, unit,
                    true)) {
                continue;
            }
            List<Node> sourceNodes = new ArrayList<>();
            for (EObject source : context.evaluator.objects(unit.mapping,
                    Literals.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION, bindings, unit)) {
                sourceNodes.addAll(nodesOf(unit.mapping.getSourceMappings(), source));
            }
            for (EObject target : context.evaluator.objects(unit.mapping,
                    Literals.EDGE_MAPPING__TARGET_FINDER_EXPRESSION, bindings, unit)) {
                connect(unit, element, sourceNodes, target, next);
            }
        }
    }

    private void connect(EdgeUnit unit, EObject semantic, List<Node> sources, EObject target,
            Map<EdgeUnit.Key, Edge> next) {
        List<Node> targets = nodesOf(unit.mapping.getTargetMappings(), target);
        for (Node source : sources) {
            for (Node targetNode : targets) {
                EdgeUnit.Key key = new EdgeUnit.Key(semantic, source, targetNode);
                if (!next.containsKey(key)) {
                    Edge edge = unit.edges.get(key);
                    next.put(key, edge != null ? edge : create(unit, key));
                }
            }
        }
    }

    private List<Node> nodesOf(List<DiagramElementMapping> mappings, EObject semantic) {
        if (mappings.size() == 1 && mappings.get(0) instanceof AbstractNodeMapping only) {
            return nodes.nodesOf(only, semantic);
        }
        List<Node> found = new ArrayList<>();
        for (DiagramElementMapping mapping : mappings) {
            if (mapping instanceof AbstractNodeMapping nodeMapping) {
                found.addAll(nodes.nodesOf(nodeMapping, semantic));
            }
        }
        return found;
    }

    private Edge create(EdgeUnit unit, EdgeUnit.Key key) {
        Edge edge = RepresentationFactory.eINSTANCE.createEdge();
        edge.setMapping(unit.mapping.getName());
        edge.setSemantic(key.semantic());
        edge.setSource(key.source());
        edge.setTarget(key.target());
        edge.setStyle(RepresentationFactory.eINSTANCE.createEdgeStyleValues());
        edge.setState(context.states.find(unit.mapping.getName(), key.semantic(), key.source().getSemantic(),
                key.target().getSemantic()));
        EdgeView view = new EdgeView(unit, edge);
        views.put(edge, view);
        view.evaluate();
        orderChanged = true;
        return edge;
    }

    void computeView(EdgeView view) {
        Edge edge = view.edge;
        EdgeMapping mapping = view.owner.mapping;
        Bindings bindings = context.bindings(edge.getSemantic());
        bindings.with("source", edge.getSource().getSemantic());
        bindings.with("target", edge.getTarget().getSemantic());
        bindings.with("view", edge);
        edge.setLabel(context.evaluator.string(mapping, Literals.DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION, bindings, view));
        context.styles.edge(mapping, bindings, view, edge.getStyle());
        ViewState state = edge.getState();
        edge.setVisible(state == null || !state.isHidden());
    }

    /** Puts the diagram's edges in a canonical order: mapping, then source node in tree order, then finder order. */
    void reorder() {
        if (!orderChanged) {
            return;
        }
        Map<Node, Integer> order = treeOrder();
        List<EdgeUnit> all = new ArrayList<>();
        units.values().forEach(byNode -> all.addAll(byNode.values()));
        long[] keys = new long[all.size()];
        for (int i = 0; i < keys.length; i++) {
            EdgeUnit unit = all.get(i);
            int source = unit.source == null ? -1 : order.getOrDefault(unit.source, -1);
            keys[i] = ((long) unit.mappingIndex << 32) + source + 1;
        }
        Integer[] sorted = new Integer[keys.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, Comparator.comparingLong(i -> keys[i]));
        List<Edge> edges = new ArrayList<>();
        for (Integer index : sorted) {
            edges.addAll(all.get(index).edges.values());
        }
        EList<Edge> list = context.diagram.getEdges();
        if (!list.equals(edges)) {
            // One clear and one add: ECollections.setEList would search the list for every edge.
            list.clear();
            list.addAll(edges);
        }
        orderChanged = false;
    }

    private Map<Node, Integer> treeOrder() {
        Map<Node, Integer> order = new IdentityHashMap<>();
        List<Node> pending = new ArrayList<>(context.diagram.getNodes());
        for (int i = 0; i < pending.size(); i++) {
            Node node = pending.get(i);
            order.put(node, i);
            for (Node child : node.getChildren()) {
                pending.add(child);
            }
            for (Node bordered : node.getBorderedNodes()) {
                pending.add(bordered);
            }
        }
        return order;
    }

    /** Re-attaches stored user states to every edge. */
    void rebindStates() {
        for (EdgeView view : views.values()) {
            Edge edge = view.edge;
            ViewState state = context.states.find(edge.getMapping(), edge.getSemantic(), edge.getSource().getSemantic(),
                    edge.getTarget().getSemantic());
            edge.setState(state);
            edge.setVisible(state == null || !state.isHidden());
        }
    }

    void clear() {
        units.values().forEach(byNode -> byNode.values().forEach(Unit::abandon));
        views.values().forEach(Unit::abandon);
        units.clear();
        views.clear();
        mappings.clear();
        stale.clear();
        context.diagram.getEdges().clear();
        orderChanged = false;
    }
}
