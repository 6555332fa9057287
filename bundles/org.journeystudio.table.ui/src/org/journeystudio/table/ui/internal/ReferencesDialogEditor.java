package org.journeystudio.table.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.edit.gui.AbstractDialogCellEditor;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.journeystudio.viewpoint.representation.Cell;

/**
 * Edits a many-valued reference in a check-list dialog of the choices the item property
 * descriptor offers; OK commits the checked elements, in the order the choices are listed.
 */
public final class ReferencesDialogEditor extends AbstractDialogCellEditor {

    private final TableRows rows;
    private final Choices choices;
    private ListSelectionDialog listDialog;
    private Map<String, EObject> options = Map.of();
    private List<EObject> chosen = List.of();
    private boolean closed = true;

    public ReferencesDialogEditor(TableRows rows, Choices choices) {
        this.rows = rows;
        this.choices = choices;
    }

    @Override
    public int open() {
        int result = getDialogInstance().open();
        if (result != Window.OK) {
            closed = true;
            return Window.CANCEL;
        }
        List<Object> checked = Arrays.asList(listDialog.getResult());
        List<EObject> values = new ArrayList<>();
        options.forEach((label, choice) -> {
            if (checked.contains(label)) {
                values.add(choice);
            }
        });
        chosen = values;
        commit(MoveDirectionEnum.NONE);
        closed = true;
        return Window.OK;
    }

    @Override
    public ListSelectionDialog createDialogInstance() {
        closed = false;
        Cell cell = rows.cell(getRowIndex(), getColumnIndex());
        EObject element = cell.getSemantic();
        EStructuralFeature feature = CellEdits.feature(cell);
        options = choices.of(element, feature);
        List<String> current = new ArrayList<>();
        options.forEach((label, choice) -> {
            if (element.eGet(feature) instanceof List<?> values && values.contains(choice)) {
                current.add(label);
            }
        });
        listDialog = ListSelectionDialog.of(new ArrayList<>(options.keySet()))
                .contentProvider(ArrayContentProvider.getInstance()).labelProvider(new LabelProvider())
                .title(rows.column(getColumnIndex()).getLabel())
                .message("Choose the elements of '" + choices.label(element) + "':").preselect(current.toArray())
                .create(parent.getShell());
        return listDialog;
    }

    @Override
    public ListSelectionDialog getDialogInstance() {
        return listDialog;
    }

    @Override
    public Object getEditorValue() {
        return chosen;
    }

    @Override
    public void setEditorValue(Object value) {
        // the dialog shows the element's current values, read when it is created
    }

    @Override
    public void close() {
        closed = true;
        listDialog = null;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
