package org.journeystudio.ui.internal.filesync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.journeystudio.ui.internal.filesync.MapFiles.Change;
import org.journeystudio.viewpoint.session.RepresentationFiles;

/**
 * Keeps an open map in step with its files on disk, as Eclipse's editors do. Workspace files are
 * watched through resource deltas; every file, in the workspace or not, is also compared with its
 * stamps when the editor or its window is activated. A clean editor reloads by itself, a dirty one
 * asks; a deleted map closes a clean editor and makes a dirty one ask; a moved map is followed (its
 * {@code .journeyrep} moved along); a save never overwrites a newer file without asking, nor a
 * read-only one.
 */
public final class FileSync implements IResourceChangeListener, IPartListener2, IWindowListener {

    private final SyncedEditor editor;
    private final MapFiles files;
    private final Display display;
    private boolean checking;
    private boolean disposed;

    private FileSync(SyncedEditor editor, Path map) {
        this.editor = editor;
        this.files = new MapFiles(map);
        this.display = editor.getSite().getShell().getDisplay();
    }

    /** Starts watching the files of a map open in an editor; {@link #dispose()} stops. */
    public static FileSync install(SyncedEditor editor, Path map) {
        FileSync sync = new FileSync(editor, map);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(sync, IResourceChangeEvent.POST_CHANGE);
        editor.getSite().getPage().addPartListener(sync);
        PlatformUI.getWorkbench().addWindowListener(sync);
        return sync;
    }

    public void dispose() {
        disposed = true;
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        editor.getSite().getPage().removePartListener(this);
        PlatformUI.getWorkbench().removeWindowListener(this);
    }

    /** The editor now holds what is on disk: after a load, reload or save. */
    public void inSync() {
        files.markInSync();
    }

    /** The map was saved under another name: the files to watch are the new ones. */
    public void relocated(Path map) {
        files.relocate(map);
    }

    /**
     * Whether a save may go on: not over a read-only file (the user is told, and keeps the changes),
     * and not over a file changed on disk since the editor read it unless the user says so.
     */
    public boolean mayOverwrite() {
        Shell shell = editor.getSite().getShell();
        for (Path file : new Path[] {files.map(), files.representations()}) {
            if (Files.exists(file) && isReadOnly(file)) {
                FileQuestions.readOnly(shell, file);
                return false;
            }
        }
        return !files.newerOnDisk() || !Files.exists(files.map()) || FileQuestions.overwriteNewer(shell, files.map());
    }

    /**
     * Read-only as the user sees it: not writable, or without its write permission (which a process with
     * the right to write anyway, such as one run by root, would otherwise ignore).
     */
    private static boolean isReadOnly(Path file) {
        try {
            return !Files.isWritable(file) || file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    && !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return true;
        }
    }

    /** Compares the files with what the editor holds and does what a change calls for. On the UI thread. */
    public void check() {
        if (checking || isClosed()) {
            return; // a question is open already, or the editor is gone
        }
        checking = true;
        try {
            refreshWorkspaceCopy();
            Change change = files.unseenChange();
            if (change == Change.CHANGED) {
                changed();
            } else if (change == Change.MAP_DELETED && workspaceFile() == null) {
                deleted(); // a workspace file's delta says whether it was deleted or moved
            }
        } finally {
            checking = false;
        }
    }

    private void changed() {
        boolean replace = !editor.isDirty() || FileQuestions.replaceWithChanges(editor.getSite().getShell(), files.map());
        if (replace && editor.reloadFromDisk()) {
            files.markInSync();
        } else {
            files.markSeen(); // not asked again for this change; a save will still ask before overwriting it
        }
    }

    private void deleted() {
        files.markSeen();
        if (editor.isDirty() && FileQuestions.saveDeleted(editor.getSite().getShell(), files.map())) {
            editor.doSave(null);
        } else {
            editor.getSite().getPage().closeEditor(editor, false);
        }
    }

    /** A workspace file changed behind the workspace's back is refreshed, so that the workspace knows too. */
    private void refreshWorkspaceCopy() {
        IFile file = workspaceFile();
        if (file == null) {
            return;
        }
        try {
            if (!file.isSynchronized(IResource.DEPTH_ZERO) || !sibling(file).isSynchronized(IResource.DEPTH_ZERO)) {
                file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            }
        } catch (CoreException e) {
            ILog.of(getClass()).warn("the folder of " + file.getFullPath() + " is not refreshed", e);
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IFile file = workspaceFile();
        if (file == null || event.getDelta() == null) {
            return;
        }
        IResourceDelta map = event.getDelta().findMember(file.getFullPath());
        IResourceDelta representations = event.getDelta().findMember(sibling(file).getFullPath());
        if (map != null && map.getKind() == IResourceDelta.REMOVED && (map.getFlags() & IResourceDelta.MOVED_TO) != 0) {
            IPath target = map.getMovedToPath();
            display.asyncExec(() -> follow(file, ResourcesPlugin.getWorkspace().getRoot().getFile(target)));
        } else if (map != null && map.getKind() == IResourceDelta.REMOVED) {
            display.asyncExec(() -> {
                if (!isClosed() && !file.exists() && files.unseenChange() == Change.MAP_DELETED) {
                    deleted();
                }
            });
        } else if (map != null || representations != null) {
            display.asyncExec(this::check);
        }
    }

    /** The map was renamed or moved in the workspace: its representations go with it, and the editor follows. */
    private void follow(IFile from, IFile to) {
        if (isClosed() || to.getLocation() == null) {
            return;
        }
        IFile oldRepresentations = sibling(from);
        IFile newRepresentations = sibling(to);
        if (oldRepresentations.exists() && !newRepresentations.exists()) {
            try {
                oldRepresentations.move(newRepresentations.getFullPath(), true, null);
            } catch (CoreException e) {
                ILog.of(getClass()).warn("the representations of " + to.getFullPath() + " stay at "
                        + oldRepresentations.getFullPath(), e);
            }
        }
        Path map = to.getLocation().toPath();
        editor.relocate(new FileEditorInput(to), map);
        files.relocate(map);
    }

    private IFile workspaceFile() {
        return editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
    }

    private static IFile sibling(IFile map) {
        return map.getParent().getFile(IPath.fromOSString(
                RepresentationFiles.beside(Path.of(map.getName())).toString()));
    }

    private boolean isClosed() {
        return disposed || editor.getSite().getPage() == null;
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == editor) {
            display.asyncExec(this::check);
        }
    }

    @Override
    public void windowActivated(IWorkbenchWindow window) {
        if (window.getActivePage() != null && window.getActivePage().getActiveEditor() == editor) {
            display.asyncExec(this::check);
        }
    }

    @Override
    public void windowDeactivated(IWorkbenchWindow window) {
        // only coming back matters
    }

    @Override
    public void windowClosed(IWorkbenchWindow window) {
        // the editor's own dispose stops the watching
    }

    @Override
    public void windowOpened(IWorkbenchWindow window) {
        // nothing is open in a new window yet
    }
}
