package org.journeystudio.viewpoint.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.DeleteTool;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.representation.Table;

/**
 * The tools of a table description, for a table's context menu: node creation tools make a new
 * line's element (self and container: the selected line's element, else the table's target;
 * table), delete tools remove the selected lines' elements (self: each element; table), all of
 * them in one undoable command.
 */
public final class TableTools {

    private final ToolCommands commands;

    public TableTools(ToolCommands commands) {
        this.commands = commands;
    }

    /** The description's tools of a kind, in specification order. */
    public static <T extends Tool> List<T> of(TableDescription description, Class<T> kind) {
        return description.getTools().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /**
     * The command that creates a line's element.
     *
     * @param selected the element of the selected line, or null for the table's target
     */
    public ToolCommand createLine(NodeCreationTool tool, Table table, EObject selected) {
        EObject container = selected != null ? selected : table.getTarget();
        Bindings scope = scope(container, table).with("container", container).with("containerView", null);
        return commands.command(tool, scope, () -> true, null);
    }

    /** The command that deletes the elements of lines with a delete tool; null when there are none. */
    public ToolCommand deleteLines(DeleteTool tool, Table table, List<EObject> elements) {
        if (elements.isEmpty()) {
            return null;
        }
        List<Bindings> scopes = new ArrayList<>();
        for (EObject element : elements) {
            scopes.add(scope(element, table));
        }
        BooleanSupplier applies = () -> scopes.stream().allMatch(scope -> commands.precondition(tool, scope));
        String label = tool.getLabel() != null && !tool.getLabel().isBlank() ? tool.getLabel() : tool.getName();
        return new ToolCommand(label, applies, command -> {
            OperationInterpreter interpreter = new OperationInterpreter(commands.domain(), commands.spec(), command);
            for (Bindings scope : scopes) {
                if (interpreter.isPresent((EObject) scope.get("self"))) {
                    interpreter.run(tool.getOperations(), scope.child());
                }
            }
        });
    }

    private static Bindings scope(EObject self, Table table) {
        return new Bindings().with("self", self).with("table", table).with("diagram", null);
    }
}
