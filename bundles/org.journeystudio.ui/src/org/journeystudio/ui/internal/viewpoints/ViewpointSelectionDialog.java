package org.journeystudio.ui.internal.viewpoints;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.journeystudio.ui.internal.representations.EditorRepresentations;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.registry.ViewpointSelection;

/**
 * "Viewpoints Selection": which viewpoints of the registry a map uses, one check box each. The choice
 * is stored in the map's {@code .journeyrep} with the next save; New Representation offers the
 * descriptions of the checked ones, and their validation rules run on the map.
 */
public final class ViewpointSelectionDialog extends Dialog {

    /** The label of the menu entries that open it. */
    public static final String ACTION = "Viewpoints Selection…";

    private final List<Viewpoint> viewpoints;
    private final List<String> selected;
    private CheckboxTableViewer table;

    private ViewpointSelectionDialog(Shell shell, List<Viewpoint> viewpoints, List<String> selected) {
        super(shell);
        this.viewpoints = viewpoints;
        this.selected = new ArrayList<>(selected);
    }

    /** Asks which viewpoints the editor's map uses and stores the answer in its representations. */
    public static void ask(Shell shell, EditorRepresentations representations) {
        ViewpointSelectionDialog dialog = new ViewpointSelectionDialog(shell,
                WorkbenchViewpoints.registry().viewpoints(),
                ViewpointSelection.of(representations.session().representationFile()));
        if (dialog.open() == Window.OK) {
            representations.selectViewpoints(dialog.selected);
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Viewpoints Selection");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText("The viewpoints this map uses: New Representation offers their "
                + "representations, and their rules validate the map.");
        table = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Viewpoint viewpoint = (Viewpoint) element;
                String label = viewpoint.getLabel() == null || viewpoint.getLabel().isBlank() ? viewpoint.getName()
                        : viewpoint.getLabel();
                return label + " (" + viewpoint.getName() + ", " + viewpoint.getRepresentations().size()
                        + " representations)";
            }
        });
        table.setInput(viewpoints);
        table.setCheckedElements(viewpoints.stream().filter(v -> selected.contains(v.getName())).toArray());
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 200).applyTo(table.getControl());
        return area;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            selected.clear();
            for (Viewpoint viewpoint : viewpoints) {
                if (table.getChecked(viewpoint)) {
                    selected.add(viewpoint.getName());
                }
            }
        }
        super.buttonPressed(buttonId);
    }
}
