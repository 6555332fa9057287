package org.journeystudio.ui.internal.representations;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.journeystudio.ui.internal.viewpoints.ViewpointSelectionDialog;
import org.journeystudio.viewpoint.representation.Representation;

/** The context menu of the editor's tabs: rename or delete the representation of the active tab. */
public final class TabMenu {

    /** The labels of its entries. */
    public static final String RENAME = "Rename Representation…";
    public static final String DELETE = "Delete Representation";

    private TabMenu() {
    }

    /** Gives the tab folder a context menu (a right click on a tab activates it first). */
    public static void install(Control tabs, EditorRepresentations representations) {
        MenuManager menu = new MenuManager("#TabMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            Representation active = representations.active();
            if (active != null) {
                manager.add(renameAction(tabs, representations, active));
                manager.add(deleteAction(tabs, representations, active));
            }
            manager.add(new Action(ViewpointSelectionDialog.ACTION) {
                @Override
                public void run() {
                    ViewpointSelectionDialog.ask(tabs.getShell(), representations);
                }
            });
        });
        tabs.setMenu(menu.createContextMenu(tabs));
        tabs.addDisposeListener(event -> menu.dispose());
    }

    private static Action renameAction(Control tabs, EditorRepresentations representations, Representation active) {
        return new Action(RENAME) {
            @Override
            public void run() {
                rename(tabs.getShell(), representations, active);
            }
        };
    }

    private static Action deleteAction(Control tabs, EditorRepresentations representations, Representation active) {
        return new Action(DELETE) {
            @Override
            public void run() {
                if (MessageDialog.openConfirm(tabs.getShell(), "Delete Representation", "Delete the representation '"
                        + active.getName() + "'? The elements it shows stay in the map.")) {
                    representations.delete(active);
                }
            }
        };
    }

    /** Asks for a new name (refusing a blank or taken one, with the reason) and renames. */
    static void rename(Shell shell, EditorRepresentations representations, Representation representation) {
        InputDialog dialog = new InputDialog(shell, "Rename Representation", "New name:", representation.getName(),
                text -> representations.problemWithName(representation, text));
        if (dialog.open() == Window.OK) {
            representations.rename(representation, dialog.getValue());
        }
    }
}
