package org.journeystudio.table.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.journeystudio.viewpoint.CrossTableDescription;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.EditionTableDescription;
import org.journeystudio.viewpoint.FeatureColumnMapping;
import org.journeystudio.viewpoint.IntersectionMapping;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.ViewpointPackage;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.expression.Expression;
import org.journeystudio.viewpoint.expression.ExpressionException;
import org.journeystudio.viewpoint.expression.Results;
import org.journeystudio.viewpoint.representation.Cell;
import org.journeystudio.viewpoint.representation.Line;
import org.journeystudio.viewpoint.representation.Table;
import org.journeystudio.viewpoint.spec.Spec;
import org.journeystudio.viewpoint.tools.EditMask;
import org.journeystudio.viewpoint.tools.OperationInterpreter;
import org.journeystudio.viewpoint.tools.ToolCommand;
import org.journeystudio.viewpoint.tools.ToolRunner;

/**
 * The cell editors of a table specification: the direct-edit tool of a feature column or of an
 * intersection, run through the tool runner as one undoable command. Variables: self (the line
 * element), line (the line view), table, column (the column element of a cross table) and arg0,
 * arg1 ... (the typed text split by the tool's edit mask).
 */
public final class CellTools {

    private final TableDescription description;
    private final Spec spec;
    private final EditingDomain domain;
    private final ToolRunner runner;

    public CellTools(TableDescription description, Spec spec, EditingDomain domain, ToolRunner runner) {
        this.description = description;
        this.spec = spec;
        this.domain = domain;
        this.runner = runner;
    }

    /** The tool that edits a cell, or null when the cell is edited by setting its feature (or not at all). */
    public DirectEditTool toolFor(Line line, Cell cell) {
        String column = cell.getColumn().getMapping();
        if (description instanceof EditionTableDescription edition) {
            for (FeatureColumnMapping mapping : edition.getColumns()) {
                if (mapping.getName().equals(column)) {
                    return mapping.getCellEditor();
                }
            }
        } else if (description instanceof CrossTableDescription cross) {
            for (IntersectionMapping intersection : cross.getIntersections()) {
                if (intersection.getLineMapping().getName().equals(line.getMapping())
                        && intersection.getColumnMapping().getName().equals(column)) {
                    return intersection.getCellEditor();
                }
            }
        }
        return null;
    }

    /** Runs a cell's tool with the typed text; false when its precondition does not hold (nothing changed). */
    public boolean run(DirectEditTool tool, Line line, Cell cell, String text) {
        Bindings scope = scope(line, cell);
        List<String> args = EditMask.split(tool.getEditMask(), text == null ? "" : text);
        for (int i = 0; i < args.size(); i++) {
            scope.with("arg" + i, args.get(i));
        }
        String label = tool.getLabel() != null && !tool.getLabel().isBlank() ? tool.getLabel() : tool.getName();
        ToolCommand command = new ToolCommand(label, () -> applies(tool, scope),
                body -> new OperationInterpreter(domain, spec, body).run(tool.getOperations(), scope.child()));
        return runner.execute(command) != null;
    }

    private Bindings scope(Line line, Cell cell) {
        Table table = tableOf(line);
        EObject column = cell.getColumn().getSemantic();
        Bindings scope = new Bindings().with("self", line.getSemantic()).with("line", line).with("table", table);
        return column == null ? scope : scope.with("column", column);
    }

    private boolean applies(DirectEditTool tool, Bindings scope) {
        Expression precondition = spec.expression(tool, ViewpointPackage.Literals.TOOL__PRECONDITION);
        if (precondition == null) {
            return true;
        }
        try {
            return Results.asBoolean(precondition.evaluate(scope, null));
        } catch (ExpressionException e) {
            return false;
        }
    }

    private static Table tableOf(Line line) {
        EObject container = line.eContainer();
        while (container != null && !(container instanceof Table)) {
            container = container.eContainer();
        }
        return (Table) container;
    }
}
