package org.journeystudio.ui.internal.tree;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.journeystudio.ui.internal.clipboard.ClipboardActions;

/**
 * The model tree's context menu, filled each time it opens for the selected element: New Child
 * and New Sibling (one entry per child descriptor of the edit bundle), the clipboard entries and
 * Delete, and what others add for the element (New Representation).
 */
final class ModelTreeMenu implements IMenuListener {

    static final String NEW_CHILD = "New &Child";
    static final String NEW_SIBLING = "New &Sibling";

    private final StructuredViewer viewer;
    private final EditingDomain domain;
    private final ClipboardActions clipboard;
    private final BiConsumer<IMenuManager, EObject> more;
    private final Consumer<List<?>> select;

    /**
     * @param more adds entries for the selected element at the end of the menu
     * @param select makes new elements the tree's selection
     */
    ModelTreeMenu(StructuredViewer viewer, EditingDomain domain, ClipboardActions clipboard,
            BiConsumer<IMenuManager, EObject> more, Consumer<List<?>> select) {
        this.viewer = viewer;
        this.domain = domain;
        this.clipboard = clipboard;
        this.more = more;
        this.select = select;
    }

    @Override
    public void menuAboutToShow(IMenuManager menu) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        EObject selected = selection.size() == 1 && selection.getFirstElement() instanceof EObject element ? element : null;
        MenuManager children = new MenuManager(NEW_CHILD);
        MenuManager siblings = new MenuManager(NEW_SIBLING);
        if (selected != null) {
            fill(children, selected, domain.getNewChildDescriptors(selected, null), List.of());
            if (selected.eContainer() != null) {
                fill(siblings, selected.eContainer(), domain.getNewChildDescriptors(null, selected), List.of(selected));
            }
        }
        menu.add(children);
        menu.add(siblings);
        menu.add(new Separator("edit"));
        clipboard.fill(menu);
        menu.add(new Separator("additions"));
        if (selected != null) {
            more.accept(menu, selected);
        }
    }

    private void fill(MenuManager submenu, EObject owner, Collection<?> descriptors, List<?> selection) {
        for (Object descriptor : descriptors) {
            if (descriptor instanceof CommandParameter parameter && !occupied(owner, parameter)) {
                submenu.add(new NewChildAction(domain, owner, parameter, selection, select));
            }
        }
    }

    /** A single containment that holds an element already (the map's emotion scale) takes no new one. */
    private static boolean occupied(EObject owner, CommandParameter parameter) {
        EStructuralFeature feature = parameter.getEStructuralFeature();
        return feature != null && !feature.isMany() && owner.eIsSet(feature);
    }
}
