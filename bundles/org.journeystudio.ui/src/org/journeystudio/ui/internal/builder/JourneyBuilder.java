package org.journeystudio.ui.internal.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.journeystudio.ui.internal.markers.ProblemMarkers;

/**
 * Keeps the Problems markers of every map of a project current, open in an editor or not: a full
 * build validates them all, an incremental one the maps that were added or changed (a removed map's
 * markers go with it).
 */
public final class JourneyBuilder extends IncrementalProjectBuilder {

    /** The builder's id, as declared in plugin.xml. */
    public static final String ID = "org.journeystudio.ui.journeyBuilder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        List<IFile> maps = delta == null ? allMaps(getProject()) : changedMaps(delta);
        SubMonitor progress = SubMonitor.convert(monitor, "Validating journey maps", maps.size());
        for (IFile map : maps) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(map.getFullPath().toString());
            MapValidation.validate(map);
            progress.worked(1);
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
    }

    /** Every map of a project (or any container), derived folders and all. */
    static List<IFile> allMaps(IResource root) throws CoreException {
        List<IFile> maps = new ArrayList<>();
        root.accept(resource -> {
            if (resource instanceof IFile file && MapValidation.isMap(file)) {
                maps.add(file);
            }
            return true;
        });
        return maps;
    }

    private static List<IFile> changedMaps(IResourceDelta delta) throws CoreException {
        List<IFile> maps = new ArrayList<>();
        delta.accept(child -> {
            if (child.getResource() instanceof IFile file && MapValidation.isMap(file) && isNewContent(child)) {
                maps.add(file);
            }
            return true;
        });
        return maps;
    }

    /** Added, or its content changed; not a change of markers only (the builder's own). */
    private static boolean isNewContent(IResourceDelta delta) {
        return delta.getKind() == IResourceDelta.ADDED || delta.getKind() == IResourceDelta.CHANGED
                && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM)) != 0;
    }
}
