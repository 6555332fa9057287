package org.journeystudio.viewpoint.sync;

import org.eclipse.emf.ecore.EObject;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.expression.Bindings;
import org.journeystudio.viewpoint.representation.Table;

/** What the parts of one table's synchronizer share. */
final class TableContext {

    final Evaluator evaluator;
    final CellStyles styles;
    final TableDescription description;
    final Table table;
    final DependencyIndex index = new DependencyIndex();
    final DirtyUnits dirty = new DirtyUnits();
    final LineOrder order = new LineOrder();

    TableContext(Evaluator evaluator, TableDescription description, Table table) {
        this.evaluator = evaluator;
        this.styles = new CellStyles(evaluator);
        this.description = description;
        this.table = table;
    }

    /** Variables of a table expression: {@code self} and {@code table}. */
    Bindings bindings(EObject self) {
        Bindings bindings = new Bindings();
        bindings.with("self", self);
        bindings.with("table", table);
        return bindings;
    }

    /** Whether the lines are sorted by a column, so that a changed cell may move its line. */
    boolean sorted() {
        String column = table.getSortColumn();
        return column != null && !column.isEmpty();
    }

    void markDirty(Unit unit) {
        dirty.mark(unit);
    }
}
