package org.journeystudio.ui.internal.wizards;

import java.io.IOException;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.journeystudio.model.templates.JourneyTemplates;
import org.journeystudio.ui.internal.builder.JourneyNature;

/** Journey Studio projects and maps in the workspace. */
public final class JourneyProjects {

    /** The folder of a Journey Studio project that holds its maps. */
    public static final String MAPS_FOLDER = "maps";

    private JourneyProjects() {
    }

    /** Creates and opens a project (at a location, or in the workspace when null) with the Journey nature and its maps folder. */
    public static IFolder create(IProject project, URI location) throws CoreException {
        boolean created = !project.exists();
        if (created) {
            IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
            description.setLocationURI(location);
            project.create(description, null);
        }
        project.open(null);
        if (created) {
            JourneyNature.addTo(project); // configures the builder, which keeps the problems of its maps
        }
        IFolder maps = project.getFolder(MAPS_FOLDER);
        if (!maps.exists()) {
            maps.create(true, true, null);
        }
        return maps;
    }

    /** Writes a new map from a template at a workspace file that does not exist yet, and refreshes it. */
    public static void instantiate(String template, IFile file) throws CoreException {
        if (file.getLocation() == null) {
            throw new CoreException(Status.error("the map " + file.getFullPath() + " has no place on the file system"));
        }
        try {
            JourneyTemplates.instantiate(template, file.getLocation().toPath());
        } catch (IOException e) {
            throw new CoreException(Status.error("the map " + file.getFullPath() + " could not be written: "
                    + e.getMessage(), e));
        }
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }
}
