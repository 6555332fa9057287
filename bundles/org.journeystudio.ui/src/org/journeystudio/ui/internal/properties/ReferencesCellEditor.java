package org.journeystudio.ui.internal.properties;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/** Many references: a dialog with a check box for each element the descriptor offers. */
final class ReferencesCellEditor extends DialogCellEditor {

    private final String title;
    private final List<?> choices;
    private final IItemLabelProvider labels;

    ReferencesCellEditor(Composite parent, String title, List<?> choices, IItemLabelProvider labels) {
        super(parent);
        this.title = title;
        this.choices = choices;
        this.labels = labels;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        ListSelectionDialog dialog = ListSelectionDialog.of(choices)
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return labels.getText(element);
                    }
                })
                .title(title)
                .message("Choose the " + title.toLowerCase(Locale.ROOT) + ":")
                .preselect(current().toArray())
                .create(cellEditorWindow.getShell());
        if (dialog.open() != ListSelectionDialog.OK) {
            return null;
        }
        return List.of(dialog.getResult());
    }

    private Collection<?> current() {
        return getValue() instanceof Collection<?> values ? values : List.of();
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null && !getDefaultLabel().isDisposed()) {
            getDefaultLabel().setText(value instanceof Collection<?> values
                    ? String.join(", ", values.stream().map(labels::getText).toList()) : "");
        }
    }
}
