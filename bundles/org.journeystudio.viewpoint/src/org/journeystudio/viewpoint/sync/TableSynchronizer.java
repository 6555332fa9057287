package org.journeystudio.viewpoint.sync;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.journeystudio.viewpoint.CrossTableDescription;
import org.journeystudio.viewpoint.EditionTableDescription;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.representation.ColumnState;
import org.journeystudio.viewpoint.representation.RepresentationPackage;
import org.journeystudio.viewpoint.representation.Table;

/**
 * Keeps a table's columns, lines and cells in step with its semantic model and its
 * specification (an {@link EditionTableDescription} or a {@link CrossTableDescription}).
 *
 * <p>{@link #refresh()} rebuilds everything. After that the synchronizer listens to the semantic
 * model: a change marks only the units whose recorded reads it touched — the line selection of one
 * line mapping under one parent, the header, style and cells of one line, the column selection of
 * a cross table — and {@link #refreshIncremental()} re-evaluates just those. When the columns of a
 * cross table change, every line's cells are recomputed. Changing the stored sort or column widths
 * of the table reorders lines or resizes columns without evaluating anything.
 */
public final class TableSynchronizer {

    private final TableContext context;
    private final ColumnBuilder columns;
    private final LineBuilder lines;
    private final SemanticListener semantic;
    private final AdapterImpl tableListener;
    private boolean fullNeeded = true;
    private boolean widthsChanged;

    public TableSynchronizer(Evaluator evaluator, TableDescription description, Table table) {
        if (!(description instanceof EditionTableDescription) && !(description instanceof CrossTableDescription)) {
            throw new IllegalArgumentException("not an edition or cross table description: " + description);
        }
        this.context = new TableContext(evaluator, description, table);
        this.columns = new ColumnBuilder(context, this::columnsChanged);
        this.lines = new LineBuilder(context, new CellBuilder(context, columns));
        this.semantic = new SemanticListener(context.index, context.dirty);
        this.tableListener = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                tableChanged(notification);
            }
        };
    }

    public Table table() {
        return context.table;
    }

    /** Rebuilds columns, lines and cells from the specification and starts listening to the semantic model. */
    public void refresh() {
        listen();
        lines.clear();
        columns.clear();
        context.index.clear();
        context.dirty.clear();
        context.order.clear();
        columns.buildAll();
        lines.buildAll();
        context.order.markAll();
        context.order.apply(lines, context.table);
        fullNeeded = false;
        widthsChanged = false;
    }

    /** Re-evaluates only what changed since the last refresh. */
    public void refreshIncremental() {
        if (fullNeeded) {
            refresh();
            return;
        }
        if (widthsChanged) {
            columns.applyWidths();
            widthsChanged = false;
        }
        context.dirty.drain();
        if (context.order.isPending()) {
            context.order.apply(lines, context.table);
        }
    }

    /** Whether a change is waiting for {@link #refreshIncremental()}. */
    public boolean needsRefresh() {
        return fullNeeded || widthsChanged || !context.dirty.isEmpty() || context.order.isPending();
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
        context.table.eAdapters().remove(tableListener);
        context.table.getColumnStates().forEach(state -> state.eAdapters().remove(tableListener));
    }

    private void listen() {
        semantic.listen(context.table.getTarget());
        if (!context.table.eAdapters().contains(tableListener)) {
            context.table.eAdapters().add(tableListener);
            context.table.getColumnStates().forEach(state -> state.eAdapters().add(tableListener));
        }
    }


    private void columnsChanged() {
        lines.invalidateCells();
    }

    private void tableChanged(Notification notification) {
        Object feature = notification.getFeature();
        if (feature == RepresentationPackage.Literals.TABLE__SORT_COLUMN
                || feature == RepresentationPackage.Literals.TABLE__SORT_DESCENDING) {
            context.order.markAll();
        } else if (feature == RepresentationPackage.Literals.TABLE__COLUMN_STATES) {
            widthsChanged = true;
            if (notification.getNewValue() instanceof ColumnState added && !added.eAdapters().contains(tableListener)) {
                added.eAdapters().add(tableListener);
            } else if (notification.getNewValue() instanceof Collection<?> added) {
                added.forEach(state -> ((ColumnState) state).eAdapters().add(tableListener));
            }
        } else if (feature == RepresentationPackage.Literals.COLUMN_STATE__WIDTH
                || feature == RepresentationPackage.Literals.COLUMN_STATE__COLUMN
                || feature == RepresentationPackage.Literals.COLUMN_STATE__SEMANTIC) {
            widthsChanged = true;
        } else if (feature == RepresentationPackage.Literals.REPRESENTATION__TARGET) {
            fullNeeded = true;
        }
    }
}
