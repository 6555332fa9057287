package org.journeystudio.ui.internal.properties;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Many strings (goals, objectives): a dialog with one value per line. */
final class LinesCellEditor extends DialogCellEditor {

    private final EAttribute attribute;

    LinesCellEditor(Composite parent, EAttribute attribute) {
        super(parent);
        this.attribute = attribute;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        InputDialog dialog = new InputDialog(cellEditorWindow.getShell(), attribute.getName(),
                "One value per line:", text(getValue()), null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.V_SCROLL;
            }
        };
        if (dialog.open() != InputDialog.OK) {
            return null;
        }
        return lines(dialog.getValue());
    }

    private static String text(Object value) {
        if (!(value instanceof Collection<?> values)) {
            return "";
        }
        return values.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null && !getDefaultLabel().isDisposed()) {
            getDefaultLabel().setText(text(value).replace('\n', ';'));
        }
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
