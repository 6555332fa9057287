package org.journeystudio.ui.internal.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo over a list of values, shown by their labels; its value is the chosen value itself. */
final class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> choices;

    ChoiceCellEditor(Composite parent, List<Object> choices, IItemLabelProvider labels) {
        super(parent, labels(choices, labels), SWT.READ_ONLY);
        this.choices = choices;
    }

    private static String[] labels(List<Object> choices, IItemLabelProvider labels) {
        return choices.stream().map(choice -> choice == null ? "" : labels.getText(choice)).toArray(String[]::new);
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index >= 0 && index < choices.size() ? choices.get(index) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(choices.indexOf(value));
    }
}
