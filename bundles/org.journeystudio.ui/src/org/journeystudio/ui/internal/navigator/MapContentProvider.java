package org.journeystudio.ui.internal.navigator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.viewpoint.session.RepresentationFiles;

/**
 * Project Explorer content: a map's representations as children of its {@code .journey} file,
 * refreshed when its {@code .journeyrep} changes (each save of the editor writes it).
 */
public final class MapContentProvider implements ITreeContentProvider, IResourceChangeListener {

    private static final Object[] NONE = {};

    private StructuredViewer viewer;

    public MapContentProvider() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return isMap(parent) ? MapRepresentations.of((IFile) parent).toArray() : NONE;
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof RepresentationEntry entry ? entry.map() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return isMap(element) && MapRepresentations.has((IFile) element);
    }

    private static boolean isMap(Object element) {
        return element instanceof IFile file && JourneyPersistence.FILE_EXTENSION.equals(file.getFileExtension());
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (viewer == null || event.getDelta() == null) {
            return;
        }
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource() instanceof IFile file
                        && RepresentationFiles.FILE_EXTENSION.equals(file.getFileExtension())) {
                    refreshMapOf(file);
                }
                return delta.getKind() != IResourceDelta.REMOVED;
            });
        } catch (CoreException e) {
            // a delta walk only fails on a workspace being torn down; nothing to refresh then
        }
    }

    private void refreshMapOf(IFile representations) {
        String base = representations.getName().substring(0, representations.getName().lastIndexOf('.'));
        IFile map = representations.getParent().getFile(
                IPath.fromOSString(base + "." + JourneyPersistence.FILE_EXTENSION));
        StructuredViewer target = viewer;
        if (target.getControl() != null && !target.getControl().isDisposed()) {
            target.getControl().getDisplay().asyncExec(() -> {
                if (!target.getControl().isDisposed()) {
                    target.refresh(map);
                }
            });
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        viewer = null;
    }
}
