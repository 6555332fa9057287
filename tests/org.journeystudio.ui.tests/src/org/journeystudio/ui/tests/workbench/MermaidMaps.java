package org.journeystudio.ui.tests.workbench;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.mermaid.MermaidJourneyReader;
import org.journeystudio.model.persistence.JourneyPersistence;

/** Large generated maps, made as a user makes them from a Mermaid journey: steps "Step 0" .., ten to a stage "Stage 0" ... */
final class MermaidMaps {

    private MermaidMaps() {
    }

    /** A map of one journey with the given number of steps in a project of the workspace. On the UI thread. */
    static IFile create(String projectName, int steps) {
        StringBuilder text = new StringBuilder("journey\n  title Benchmark of ").append(steps).append(" steps\n");
        for (int step = 0; step < steps; step++) {
            if (step % 10 == 0) {
                text.append("  section Stage ").append(step / 10).append('\n');
            }
            text.append("    Step ").append(step).append(": ").append(1 + step % 5).append(": Customer\n");
        }
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        try {
            if (!project.exists()) {
                project.create(null);
            }
            project.open(null);
            IFile file = project.getFile("map" + steps + ".journey");
            Resource resource = JourneyPersistence.newResourceSet()
                    .createResource(URI.createFileURI(file.getLocation().toString()));
            resource.getContents().add(MermaidJourneyReader.read(text.toString(), "map" + steps + ".mmd", projectName));
            JourneyPersistence.save(resource);
            project.refreshLocal(IProject.DEPTH_ONE, null);
            return file;
        } catch (CoreException | IOException e) { // a JourneyLoadException is an IOException
            throw new AssertionError("generated map not made: " + e, e);
        }
    }
}
