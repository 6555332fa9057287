package org.journeystudio.ui.internal.representations;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.journeystudio.viewpoint.RepresentationDescription;

/** The "New Representation" submenu of an element: one entry per description that fits its class. */
public final class NewRepresentationMenu {

    /** The submenu's label. */
    public static final String LABEL = "New &Representation";

    private NewRepresentationMenu() {
    }

    /** Adds the submenu to a menu when the element can have a representation at all. */
    public static void fill(IMenuManager menu, EditorRepresentations representations, EObject target) {
        List<RepresentationDescription> descriptions = representations.descriptionsFor(target);
        if (descriptions.isEmpty()) {
            return;
        }
        MenuManager submenu = new MenuManager(LABEL);
        for (RepresentationDescription description : descriptions) {
            submenu.add(new Action(RepresentationCreation.label(description)) {
                @Override
                public void run() {
                    representations.create(description, target);
                }
            });
        }
        menu.add(submenu);
    }
}
