package org.journeystudio.ui.internal.builder;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Validate: in a journey editor, the map as the editor holds it (saved or not); elsewhere, every map
 * under the selected resources, or in the whole workspace when nothing is selected, as they are on disk.
 */
public final class ValidateMapsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        EditorProblems problems = part == null ? null : Adapters.adapt(part, EditorProblems.class);
        if (problems != null) {
            problems.validate();
            return null;
        }
        List<IResource> roots = selectedResources(HandlerUtil.getCurrentSelection(event));
        WorkspaceJob job = new WorkspaceJob("Validate journey maps") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                List<IFile> maps = new ArrayList<>();
                for (IResource root : roots) {
                    if (root.isAccessible()) {
                        maps.addAll(JourneyBuilder.allMaps(root));
                    }
                }
                SubMonitor progress = SubMonitor.convert(monitor, maps.size());
                for (IFile map : maps) {
                    MapValidation.validate(map);
                    progress.worked(1);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.setUser(true);
        job.schedule();
        return null;
    }

    private static List<IResource> selectedResources(ISelection selection) {
        List<IResource> resources = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                IResource resource = Adapters.adapt(element, IResource.class);
                if (resource != null) {
                    resources.add(resource);
                }
            }
        }
        return resources.isEmpty() ? List.of(ResourcesPlugin.getWorkspace().getRoot()) : resources;
    }
}
