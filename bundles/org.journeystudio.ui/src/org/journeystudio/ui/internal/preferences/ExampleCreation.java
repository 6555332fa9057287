package org.journeystudio.ui.internal.preferences;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.journeystudio.ui.internal.wizards.JourneyProjects;

/**
 * Creates the example project and writes its map from a template, in the background: a workspace
 * job holding the workspace root (the project's creation and the Journey nature in its description
 * need it), so that the UI thread is free while the project is created, opened and refreshed. {@link #map()}
 * is the new map once the job is done; null when the project was there already or the job failed.
 */
final class ExampleCreation extends WorkspaceJob {

    private final IProject project;
    private final String template;
    private volatile IFile map;

    ExampleCreation(IProject project, String template) {
        super("Creating the example project " + project.getName());
        this.project = project;
        this.template = template;
        // a description whose natures change takes the workspace root, as the New Project wizards' operations do
        setRule(project.getWorkspace().getRoot());
    }

    @Override
    public IStatus runInWorkspace(IProgressMonitor monitor) {
        if (project.exists()) { // made by someone else meanwhile: it is theirs, nothing is opened
            return Status.OK_STATUS;
        }
        try {
            IFolder maps = JourneyProjects.create(project, null);
            IFile file = maps.getFile(template + ".journey");
            JourneyProjects.instantiate(template, file);
            map = file;
            return Status.OK_STATUS;
        } catch (CoreException e) { // the job's result goes to the Error Log
            return Status.error("the example project could not be created: " + e.getMessage(), e);
        }
    }

    /** The map the job made, or null. */
    IFile map() {
        return map;
    }
}
