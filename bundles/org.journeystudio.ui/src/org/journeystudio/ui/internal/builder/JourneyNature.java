package org.journeystudio.ui.internal.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** The Journey nature: a project whose maps the {@link JourneyBuilder} keeps validated in the Problems view. */
public final class JourneyNature implements IProjectNature {

    /** The nature's id, as declared in plugin.xml. */
    public static final String ID = "org.journeystudio.ui.journeyNature";

    private IProject project;

    /** Adds the nature (and so the builder) to a project that lacks it. */
    public static void addTo(IProject project) throws CoreException {
        if (project.hasNature(ID)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
        natures.add(ID);
        description.setNatureIds(natures.toArray(String[]::new));
        project.setDescription(description, null);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        for (ICommand command : description.getBuildSpec()) {
            if (JourneyBuilder.ID.equals(command.getBuilderName())) {
                return;
            }
        }
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        ICommand command = description.newCommand();
        command.setBuilderName(JourneyBuilder.ID);
        commands.add(command);
        description.setBuildSpec(commands.toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(command -> !JourneyBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject value) {
        project = value;
    }
}
