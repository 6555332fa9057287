package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.journeystudio.viewpoint.DeleteTool;
import org.journeystudio.viewpoint.EdgeMapping;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.View;

/**
 * Deletes views as one command. A view whose mapping has a delete tool runs it (self, view,
 * diagram); otherwise the default applies: a node or element-based edge deletes its element
 * with every reference to it and its view states; a relation-based edge whose target finder is
 * a plain {@code self.feature} removes the target from that feature. Views whose element an
 * earlier deletion of the same command already removed are skipped.
 */
final class ViewDeletion {

    private static final Pattern FEATURE_PATH = Pattern.compile("\\s*self\\.(\\w+)\\s*");

    private final ToolCommands commands;

    ViewDeletion(ToolCommands commands) {
        this.commands = commands;
    }

    /** One view and how it goes. */
    private record Target(View view, DeleteTool tool, Bindings scope, EStructuralFeature relation) {
    }

    ToolCommand delete(List<? extends View> views) {
        if (views.isEmpty()) {
            return null;
        }
        Diagram diagram = ToolLookup.diagramOf(views.get(0));
        ToolLookup lookup = ToolLookup.of(commands.spec(), diagram);
        List<Target> targets = new ArrayList<>();
        for (View view : views) {
            DeleteTool tool = lookup.toolFor(DeleteTool.class, view.getMapping());
            Bindings scope = ToolCommands.scope(view.getSemantic(), diagram).with("view", view);
            targets.add(new Target(view, tool, scope, tool == null ? relationOf(lookup, view) : null));
        }
        return new ToolCommand("Delete", () -> targets.stream().allMatch(this::possible), command -> {
            OperationInterpreter interpreter = new OperationInterpreter(commands.domain(), commands.spec(), command);
            for (Target target : targets) {
                if (interpreter.isPresent(target.view().getSemantic())) {
                    delete(target, diagram, interpreter, command);
                }
            }
        });
    }

    private boolean possible(Target target) {
        if (target.tool() != null) {
            return commands.precondition(target.tool(), target.scope());
        }
        return !(target.view() instanceof Edge edge) || target.relation() != null || isElementBased(edge);
    }

    private void delete(Target target, Diagram diagram, OperationInterpreter interpreter, ToolCommand command) {
        View view = target.view();
        if (target.tool() != null) {
            interpreter.run(target.tool().getOperations(), target.scope().child());
        } else if (target.relation() != null) {
            unlink((Edge) view, target.relation(), diagram, interpreter, command);
        } else {
            interpreter.delete("Delete " + view.getMapping() + ": ", List.of(view.getSemantic()), target.scope());
        }
    }

    /** Removes the edge's target from the source's feature, and the edge's stored state. */
    private void unlink(Edge edge, EStructuralFeature feature, Diagram diagram, OperationInterpreter interpreter,
            ToolCommand command) {
        EObject source = edge.getSemantic();
        EObject target = edge.getTarget().getSemantic();
        Object value = source.eGet(feature);
        boolean linked = feature.isMany() ? ((Collection<?>) value).contains(target) : value == target;
        if (!interpreter.isPresent(target) || !linked) {
            return;
        }
        Command drop = ViewStateChanges.dropEdgeState(commands.domain(), diagram, edge.getMapping(), source,
                edge.getSource().getSemantic(), target);
        if (drop != null) {
            command.apply(drop);
        }
        command.apply(feature.isMany() ? RemoveCommand.create(commands.domain(), source, feature, target)
                : SetCommand.create(commands.domain(), source, feature, SetCommand.UNSET_VALUE));
    }

    /** The reference a relation-based edge follows, when its target finder is {@code self.feature}; else null. */
    private static EStructuralFeature relationOf(ToolLookup lookup, View view) {
        if (!(view instanceof Edge edge) || !(lookup.mapping(edge.getMapping()) instanceof EdgeMapping mapping)
                || mapping.isUseDomainElement() || mapping.getTargetFinderExpression() == null) {
            return null;
        }
        Matcher path = FEATURE_PATH.matcher(mapping.getTargetFinderExpression());
        if (!path.matches()) {
            return null;
        }
        EStructuralFeature feature = edge.getSemantic().eClass().getEStructuralFeature(path.group(1));
        return feature instanceof EReference reference && !reference.isContainment() && reference.isChangeable()
                ? reference : null;
    }

    private boolean isElementBased(Edge edge) {
        return ToolLookup.of(commands.spec(), ToolLookup.diagramOf(edge)).mapping(edge.getMapping())
                instanceof EdgeMapping mapping && mapping.isUseDomainElement();
    }
}
