package org.journeystudio.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** One page (tab) of the journey editor showing one representation. */
public interface RepresentationPage {

    Control createControl(Composite parent);

    /** Called after every command-stack change (execute, undo, redo). */
    void refresh();

    /** Selects and shows an element (marker double-click, outline). */
    void reveal(EObject element);

    void dispose();
}
