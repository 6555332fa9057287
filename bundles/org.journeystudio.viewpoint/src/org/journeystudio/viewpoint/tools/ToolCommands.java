package org.journeystudio.viewpoint.tools;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.viewpoint.ContainerCreationTool;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.DoubleClickTool;
import org.journeystudio.viewpoint.DropTool;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.EdgeMapping;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.ReconnectKind;
import org.journeystudio.viewpoint.ReconnectTool;
import org.journeystudio.viewpoint.RepresentationElementMapping;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.ViewpointPackage.Literals;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Results;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.View;
import org.journeystudio.viewpoint.spec.Spec;

/**
 * Builds the command of each user action on a diagram, not yet executed: the tool's variables
 * are bound, its precondition decides {@link ToolCommand#canExecute()}, and executing it runs
 * the tool's operations (plus the representation changes the action implies). Editors use these
 * to give feedback before they execute; {@link ToolRunner} executes them.
 */
public final class ToolCommands {

    /** Which end of an edge a reconnection moves. */
    public enum End {
        SOURCE, TARGET
    }

    private final EditingDomain domain;
    private final Spec spec;
    private final ToolExpressions expressions;

    public ToolCommands(EditingDomain domain, Spec spec) {
        this.domain = domain;
        this.spec = spec;
        this.expressions = new ToolExpressions(spec);
    }

    /**
     * Creates an element with a node or container creation tool. Variables: container (the
     * element of the clicked view, else the diagram's), containerView, diagram; self is the
     * container. With a position, the new element's view is stored there.
     *
     * @param containerView the clicked node, or null for the diagram itself
     * @param position where the node goes, or null to let the layout decide
     */
    public ToolCommand createNode(MappingTool tool, Diagram diagram, View containerView, Position position) {
        if (!(tool instanceof NodeCreationTool || tool instanceof ContainerCreationTool)) {
            throw new IllegalArgumentException("not a node or container creation tool: " + tool);
        }
        EObject container = containerView != null ? containerView.getSemantic() : diagram.getTarget();
        Bindings scope = scope(container, diagram).with("container", container)
                .with("containerView", containerView != null ? containerView : diagram);
        return command(tool, scope, () -> true, (interpreter, command) -> {
            if (position != null) {
                placeCreated(tool, diagram, interpreter.created(), position, command);
            }
        });
    }

    /** Stores the position of the first created element one of the tool's mappings shows. */
    private void placeCreated(MappingTool tool, Diagram diagram, List<EObject> created, Position position,
            ToolCommand command) {
        for (EObject element : created) {
            for (RepresentationElementMapping mapping : tool.getMappings()) {
                EClass type = spec.domainClass(mapping.getDomainClass());
                if (type != null && type.isInstance(element)) {
                    command.apply(ViewStateChanges.position(domain, diagram, mapping.getName(), element, position));
                    return;
                }
            }
        }
    }

    /**
     * Connects two views with an edge creation tool. Variables: source, target (elements),
     * sourceView, targetView, diagram; self is the source. The tool applies when one of its edge
     * mappings (or, without mappings, any) connects the mappings of the two views.
     */
    public ToolCommand createEdge(EdgeCreationTool tool, Node sourceView, Node targetView) {
        Diagram diagram = ToolLookup.diagramOf(sourceView);
        EObject source = sourceView.getSemantic();
        EObject target = targetView.getSemantic();
        Bindings scope = scope(source, diagram).with("source", source).with("target", target)
                .with("sourceView", sourceView).with("targetView", targetView);
        return command(tool, scope, () -> connects(tool, sourceView, targetView), null);
    }

    private static boolean connects(EdgeCreationTool tool, Node sourceView, Node targetView) {
        if (tool.getMappings().isEmpty()) {
            return true;
        }
        for (RepresentationElementMapping mapping : tool.getMappings()) {
            if (mapping instanceof EdgeMapping edge && ToolLookup.contains(edge.getSourceMappings(), sourceView.getMapping())
                    && ToolLookup.contains(edge.getTargetMappings(), targetView.getMapping())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves one end of an edge with a reconnect tool. Variables: self (the edge's element),
     * oldEnd, newEnd, otherEnd (elements), view (the edge), diagram. The edge's stored state
     * (bendpoints) is dropped: it belonged to the old connection.
     */
    public ToolCommand reconnect(ReconnectTool tool, Edge edge, Node newEnd, End end) {
        Diagram diagram = ToolLookup.diagramOf(edge);
        Node moved = end == End.SOURCE ? edge.getSource() : edge.getTarget();
        Node other = end == End.SOURCE ? edge.getTarget() : edge.getSource();
        Bindings scope = scope(edge.getSemantic(), diagram).with("view", edge).with("oldEnd", moved.getSemantic())
                .with("newEnd", newEnd.getSemantic()).with("otherEnd", other.getSemantic());
        ReconnectKind kind = tool.getKind();
        BooleanSupplier fits = () -> (kind == ReconnectKind.BOTH || kind.getName().equals(end.name()))
                && (tool.getMappings().isEmpty() || ToolLookup.appliesTo(tool, edge.getMapping()));
        return command(tool, scope, fits, (interpreter, command) -> {
            Command drop = ViewStateChanges.dropEdgeState(domain, diagram, edge.getMapping(), edge.getSemantic(),
                    edge.getSource().getSemantic(), edge.getTarget().getSemantic());
            if (drop != null) {
                command.apply(drop);
            }
        });
    }

    /**
     * Edits a view's label: with the direct-edit tool of its mapping (self, view, diagram and
     * arg0..argN, the text split by the tool's edit mask), else by setting the element's
     * {@code name}. Null when neither applies.
     */
    public ToolCommand directEdit(View view, String text) {
        Diagram diagram = ToolLookup.diagramOf(view);
        DirectEditTool tool = ToolLookup.of(spec, diagram).toolFor(DirectEditTool.class, view.getMapping());
        EObject self = view.getSemantic();
        if (tool != null) {
            Bindings scope = scope(self, diagram).with("view", view);
            List<String> args = EditMask.split(tool.getEditMask(), text);
            for (int i = 0; i < args.size(); i++) {
                scope.with("arg" + i, args.get(i));
            }
            return command(tool, scope, () -> true, null);
        }
        EStructuralFeature name = self.eClass().getEStructuralFeature("name");
        if (!(name instanceof EAttribute attribute) || attribute.isMany()
                || attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
            return null;
        }
        return new ToolCommand("Rename", () -> true, command -> command.apply(SetCommand.create(domain, self, name, text)));
    }

    /**
     * Deletes views: each with the delete tool of its mapping, else the default (see
     * {@link ViewDeletion}); one command for all. Null when there is nothing to delete.
     */
    public ToolCommand delete(List<? extends View> views) {
        return new ViewDeletion(this).delete(views);
    }

    /** Runs the double-click tool of a view's mapping (self, view, diagram); null when it has none. */
    public ToolCommand doubleClick(View view) {
        Diagram diagram = ToolLookup.diagramOf(view);
        DoubleClickTool tool = ToolLookup.of(spec, diagram).toolFor(DoubleClickTool.class, view.getMapping());
        return tool == null ? null : command(tool, scope(view.getSemantic(), diagram).with("view", view), () -> true, null);
    }

    /**
     * Drops an element onto a view (or the diagram) with a drop tool. Variables: element,
     * oldContainer, newContainer, newViewContainer, diagram; self is the dropped element. The
     * tool applies when the element is of its dragSourceClass and, when it names mappings, the
     * target view is of one of them.
     *
     * @param targetView the view dropped onto, or null for the diagram
     */
    public ToolCommand drop(DropTool tool, EObject element, Diagram diagram, View targetView) {
        return drop(tool, element, null, diagram, targetView, null);
    }

    /**
     * Drops a view dragged on the diagram itself onto another view (or the diagram): as
     * {@link #drop(DropTool, EObject, Diagram, View)}, with elementView (the dragged view) and level
     * (where the drop point lies in the height of the lane under it, 0 at its bottom and 1 at its
     * top, as a levelExpression places views; null outside a lane grid) bound as well.
     */
    public ToolCommand drop(DropTool tool, View elementView, Diagram diagram, View targetView, Double level) {
        return drop(tool, elementView.getSemantic(), elementView, diagram, targetView, level);
    }

    private ToolCommand drop(DropTool tool, EObject element, View elementView, Diagram diagram, View targetView,
            Double level) {
        EObject newContainer = targetView != null ? targetView.getSemantic() : diagram.getTarget();
        Bindings scope = scope(element, diagram).with("element", element).with("oldContainer", element.eContainer())
                .with("newContainer", newContainer).with("newViewContainer", targetView != null ? targetView : diagram)
                .with("elementView", elementView).with("level", level);
        BooleanSupplier fits = () -> accepts(tool, element)
                && (targetView == null || tool.getMappings().isEmpty() || ToolLookup.appliesTo(tool, targetView.getMapping()));
        return command(tool, scope, fits, null);
    }

    /**
     * Drops a dragged view with the first drop tool of the diagram's active layers that applies to
     * the target view and whose precondition holds; null when none does.
     */
    public ToolCommand dropView(View elementView, Diagram diagram, View targetView, Double level) {
        for (DropTool tool : ToolLookup.of(spec, diagram).tools(DropTool.class)) {
            ToolCommand command = drop(tool, elementView, diagram, targetView, level);
            if (command.canExecute()) {
                return command;
            }
            command.dispose();
        }
        return null;
    }

    /**
     * The text a direct edit of the view starts from: the inputLabelExpression of its mapping's
     * direct-edit tool when it has one, else the view's label.
     */
    public String directEditText(View view) {
        Diagram diagram = ToolLookup.diagramOf(view);
        DirectEditTool tool = ToolLookup.of(spec, diagram).toolFor(DirectEditTool.class, view.getMapping());
        String label = view.getLabel() == null ? "" : view.getLabel();
        if (tool == null || !expressions.has(tool, Literals.DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION)) {
            return label;
        }
        try {
            Object text = expressions.value(tool, Literals.DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION,
                    scope(view.getSemantic(), diagram).with("view", view));
            return text == null ? "" : Results.asString(text);
        } catch (ToolException e) {
            return label;
        }
    }

    private boolean accepts(DropTool tool, EObject element) {
        if (tool.getDragSourceClass() == null || tool.getDragSourceClass().isBlank()) {
            return true;
        }
        EClass type = spec.domainClass(tool.getDragSourceClass());
        return type != null && type.isInstance(element);
    }

    /** What runs after the tool's operations, inside the same command. */
    @FunctionalInterface
    interface After {
        void run(OperationInterpreter interpreter, ToolCommand command);
    }

    /** A command that runs a tool's operations in the scope, when fits and the precondition hold. */
    ToolCommand command(Tool tool, Bindings scope, BooleanSupplier fits, After after) {
        String label = tool.getLabel() != null && !tool.getLabel().isBlank() ? tool.getLabel() : tool.getName();
        BooleanSupplier applies = () -> fits.getAsBoolean() && precondition(tool, scope);
        ToolCommand run = new ToolCommand(label, applies, command -> {
            OperationInterpreter interpreter = new OperationInterpreter(domain, spec, command);
            interpreter.run(tool.getOperations(), scope.child());
            if (after != null) {
                after.run(interpreter, command);
            }
        });
        if (!tool.getVariables().isEmpty()) {
            run.setQuestions(new ToolQuestions(tool, scope, expressions));
        }
        return run;
    }

    /** Whether the tool's precondition holds; a precondition that fails to evaluate does not. */
    boolean precondition(Tool tool, Bindings scope) {
        try {
            return !expressions.has(tool, Literals.TOOL__PRECONDITION)
                    || Results.asBoolean(expressions.value(tool, Literals.TOOL__PRECONDITION, scope));
        } catch (ToolException e) {
            return false;
        }
    }

    static Bindings scope(EObject self, Diagram diagram) {
        return new Bindings().with("self", self).with("diagram", diagram);
    }

    EditingDomain domain() {
        return domain;
    }

    Spec spec() {
        return spec;
    }
}
