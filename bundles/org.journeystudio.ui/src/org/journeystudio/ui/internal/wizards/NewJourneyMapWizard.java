package org.journeystudio.ui.internal.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.journeystudio.ui.internal.editor.JourneyEditor;

/** New > Journey Map: a map from one of the templates, opened in the journey editor. */
public final class NewJourneyMapWizard extends Wizard implements INewWizard {

    /** The wizard's id in plugin.xml. */
    public static final String ID = "org.journeystudio.ui.wizards.newMap";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private NewJourneyMapPage page;

    public NewJourneyMapWizard() {
        setWindowTitle("New Journey Map");
    }

    @Override
    public void init(IWorkbench currentWorkbench, IStructuredSelection currentSelection) {
        this.workbench = currentWorkbench;
        this.selection = currentSelection;
    }

    @Override
    public void addPages() {
        page = new NewJourneyMapPage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(page.getContainerFullPath().append(page.getFileName()));
        try {
            JourneyProjects.instantiate(page.template().name(), file);
        } catch (CoreException e) {
            ErrorDialog.openError(getShell(), "New Journey Map", "The map could not be created.", e.getStatus());
            return false;
        }
        IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            IDE.openEditor(active, file, JourneyEditor.ID, true);
        } catch (PartInitException e) {
            ErrorDialog.openError(getShell(), "New Journey Map", "The map was created but could not be opened.",
                    e.getStatus());
        }
        return true;
    }
}
