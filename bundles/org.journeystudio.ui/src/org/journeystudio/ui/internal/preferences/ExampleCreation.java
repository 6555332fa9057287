package org.journeystudio.ui.internal.preferences;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.journeystudio.ui.internal.wizards.JourneyProjects;

/**
 * Creates the example project and writes its map from a template, in the calling (background)
 * thread: one workspace operation holding the workspace root (the project's creation and the
 * Journey nature in its description need it), as the New Project wizards' operations do.
 */
final class ExampleCreation {

    private ExampleCreation() {
    }

    /** The new map; null when the project was there already (it is someone else's) or could not be made. */
    static IFile create(IProject project, String template) {
        IWorkspace workspace = project.getWorkspace();
        IFile[] made = new IFile[1];
        try {
            workspace.run(monitor -> {
                if (project.exists()) {
                    return;
                }
                IFolder maps = JourneyProjects.create(project, null);
                IFile file = maps.getFile(template + ".journey");
                JourneyProjects.instantiate(template, file);
                made[0] = file;
            }, workspace.getRoot(), IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            ILog.of(ExampleCreation.class).error("the example project could not be created: " + e.getMessage(), e);
            return null;
        }
        return made[0];
    }
}
