package org.journeystudio.table.ui.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayerListener;
import org.eclipse.nebula.widgets.nattable.layer.event.ILayerEvent;
import org.eclipse.nebula.widgets.nattable.resize.event.ColumnResizeEvent;
import org.journeystudio.viewpoint.representation.Column;
import org.journeystudio.viewpoint.representation.ColumnState;
import org.journeystudio.viewpoint.representation.RepresentationFactory;
import org.journeystudio.viewpoint.representation.RepresentationPackage.Literals;
import org.journeystudio.viewpoint.representation.Table;

/**
 * Keeps column widths: NatTable's widths follow the table's computed columns, and a width the
 * user drags is stored in {@link Table#getColumnStates()} through a command (saved in the
 * .journeyrep, undoable); the synchronizer then gives the column that width.
 */
public final class ColumnWidths implements ILayerListener {

    private final Table table;
    private final DataLayer body;
    private final EditingDomain domain;

    public ColumnWidths(Table table, DataLayer body, EditingDomain domain) {
        this.table = table;
        this.body = body;
        this.domain = domain;
    }

    /** Gives NatTable the computed widths, without reporting them back as resizes. */
    public void apply() {
        for (int i = 0; i < table.getColumns().size(); i++) {
            int width = table.getColumns().get(i).getWidth();
            if (width > 0 && body.getColumnWidthByPosition(i) != width) {
                body.setColumnWidthByPosition(i, width, false);
            }
        }
    }

    @Override
    public void handleLayerEvent(ILayerEvent event) {
        if (event instanceof ColumnResizeEvent resize) {
            for (Range range : resize.getColumnPositionRanges()) {
                for (int position = range.start; position < range.end; position++) {
                    store(position, body.getColumnWidthByPosition(position));
                }
            }
        }
    }

    private void store(int position, int width) {
        if (position < 0 || position >= table.getColumns().size()) {
            return;
        }
        Column column = table.getColumns().get(position);
        if (column.getWidth() == width) {
            return;
        }
        ColumnState state = stateOf(column);
        Command command;
        if (state != null) {
            command = SetCommand.create(domain, state, Literals.COLUMN_STATE__WIDTH, width);
        } else {
            state = RepresentationFactory.eINSTANCE.createColumnState();
            if (column.getSemantic() != null) {
                state.setSemantic(column.getSemantic());
            } else {
                state.setColumn(column.getMapping());
            }
            state.setWidth(width);
            command = AddCommand.create(domain, table, Literals.TABLE__COLUMN_STATES, state);
        }
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** The stored state of a column, matched as the synchronizer matches it. */
    private ColumnState stateOf(Column column) {
        for (ColumnState state : table.getColumnStates()) {
            boolean matches = column.getSemantic() != null ? state.getSemantic() == column.getSemantic()
                    : state.getSemantic() == null && column.getMapping().equals(state.getColumn());
            if (matches) {
                return state;
            }
        }
        return null;
    }
}
