package org.journeystudio.ui.internal.wizards;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** New > Journey Studio Project: a project with a {@code maps/} folder for the maps. */
public final class NewJourneyProjectWizard extends Wizard implements INewWizard {

    /** The wizard's id in plugin.xml. */
    public static final String ID = "org.journeystudio.ui.wizards.newProject";

    private WizardNewProjectCreationPage page;

    public NewJourneyProjectWizard() {
        setWindowTitle("New Journey Studio Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // the project does not depend on what was selected
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("project");
        page.setTitle("Journey Studio Project");
        page.setDescription("A project for customer journey maps; they go into its maps folder.");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        try {
            JourneyProjects.create(page.getProjectHandle(), page.useDefaults() ? null : page.getLocationURI());
            return true;
        } catch (CoreException e) {
            ErrorDialog.openError(getShell(), "New Journey Studio Project", "The project could not be created.",
                    e.getStatus());
            return false;
        }
    }
}
