package org.journeystudio.ui.internal.builder;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Configure > Add Journey Nature: the selected projects get the nature, so the builder validates their maps. */
public final class AddJourneyNatureHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (!(selection instanceof IStructuredSelection structured)) {
            return null;
        }
        for (Object element : structured.toList()) {
            IProject project = Adapters.adapt(element, IProject.class);
            if (project == null || !project.isOpen()) {
                continue;
            }
            try {
                JourneyNature.addTo(project);
            } catch (CoreException e) {
                ErrorDialog.openError(HandlerUtil.getActiveShell(event), "Add Journey Nature",
                        "The Journey nature could not be added to " + project.getName() + ".", e.getStatus());
            }
        }
        return null;
    }
}
