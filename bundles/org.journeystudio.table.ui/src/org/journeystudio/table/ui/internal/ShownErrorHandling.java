package org.journeystudio.table.ui.internal;

import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.edit.config.RenderErrorHandling;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.swt.widgets.Control;

/**
 * A refused value stays in the editor in the error colours with the error decoration; the reason
 * becomes the editor's tool tip and goes to the page's error reporter (the workbench status
 * line). No hover window is opened: a window popping up while the user types could take the
 * keyboard from the editor.
 */
final class ShownErrorHandling extends RenderErrorHandling {

    private final Consumer<String> errors;

    ShownErrorHandling(TextCellEditor editor, Consumer<String> errors) {
        super(editor.getDecorationProvider());
        this.errors = errors;
    }

    @Override
    public void displayError(ICellEditor cellEditor, IConfigRegistry configRegistry, Exception e) {
        super.displayError(cellEditor, configRegistry, e);
        String message = e.getLocalizedMessage();
        Control control = cellEditor.getEditorControl();
        if (control != null && !control.isDisposed()) {
            control.setToolTipText(message);
        }
        errors.accept(message);
    }

    @Override
    public void removeError(ICellEditor cellEditor) {
        super.removeError(cellEditor);
        Control control = cellEditor.getEditorControl();
        if (control != null && !control.isDisposed()) {
            control.setToolTipText(null);
        }
        errors.accept(null);
    }
}
