package org.journeystudio.ui.internal.viewpoints;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.journeystudio.viewpoint.registry.LoadedSpec;
import org.journeystudio.viewpoint.registry.SpecSource;
import org.journeystudio.viewpoint.registry.ViewpointRegistry;
import org.journeystudio.viewpoint.spec.SpecProblem;

/**
 * Keeps the registry in step with the {@code .viewpoint} files of every project: each file is loaded
 * when it appears or its content changes (a save), forgotten when it goes, under its workspace path;
 * its SpecLoader problems become markers on it at their lines ({@link ViewpointMarkers}).
 */
public final class WorkspaceViewpoints implements IResourceChangeListener {

    /** File extension of viewpoint specifications. */
    public static final String FILE_EXTENSION = "viewpoint";

    private final ViewpointRegistry registry;

    private WorkspaceViewpoints(ViewpointRegistry registry) {
        this.registry = registry;
    }

    static void start(ViewpointRegistry registry, IWorkspace workspace) {
        WorkspaceViewpoints listener = new WorkspaceViewpoints(registry);
        workspace.addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        List<IFile> files = new ArrayList<>();
        try {
            workspace.getRoot().accept(resource -> {
                if (resource instanceof IFile file && isSpec(file)) {
                    files.add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.of(WorkspaceViewpoints.class).error("the workspace's viewpoint files cannot be listed", e);
        }
        listener.loadAll(files);
    }

    /** Whether a workspace file is a viewpoint specification. */
    public static boolean isSpec(IFile file) {
        return FILE_EXTENSION.equals(file.getFileExtension());
    }

    /** The registry id of a workspace file: its full path in the workspace. */
    public static String idOf(IFile file) {
        return file.getFullPath().toString();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        List<IFile> changed = new ArrayList<>();
        try {
            delta.accept(child -> {
                if (child.getResource() instanceof IFile file && isSpec(file)) {
                    if (child.getKind() == IResourceDelta.REMOVED) {
                        registry.remove(idOf(file));
                    } else if (child.getKind() == IResourceDelta.ADDED || (child.getFlags()
                            & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM)) != 0) {
                        changed.add(file);
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.of(getClass()).error("viewpoint files not reloaded", e);
        }
        loadAll(changed);
    }

    private void loadAll(List<IFile> files) {
        List<ViewpointMarkers.Pending> marks = new ArrayList<>();
        for (IFile file : files) {
            marks.add(new ViewpointMarkers.Pending(file, load(file).problems()));
        }
        ViewpointMarkers.schedule(marks);
    }

    /** Loads (or reloads) one file into the registry. */
    LoadedSpec load(IFile file) {
        try (InputStream in = file.getContents(true)) {
            return registry.load(idOf(file), SpecSource.WORKSPACE, in);
        } catch (CoreException | IOException e) {
            SpecProblem problem = new SpecProblem(idOf(file), 0, "(file)", null, "cannot read: " + e.getMessage());
            ILog.of(getClass()).warn(problem.toString());
            return new LoadedSpec(idOf(file), SpecSource.WORKSPACE, null, List.of(problem), true);
        }
    }

    /** Every {@code .viewpoint} file under a resource. */
    static List<IFile> specsUnder(IResource root) throws CoreException {
        List<IFile> files = new ArrayList<>();
        root.accept(resource -> {
            if (resource instanceof IFile file && isSpec(file)) {
                files.add(file);
            }
            return true;
        });
        return files;
    }
}
