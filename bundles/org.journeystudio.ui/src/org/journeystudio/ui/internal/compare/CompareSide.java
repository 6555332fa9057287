package org.journeystudio.ui.internal.compare;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.journeystudio.model.compare.ModelSnapshot;
import org.journeystudio.model.compare.SnapshotBuilder;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;

/**
 * One side of a comparison: a map in memory, where it came from, whether a copy may change it and
 * whether it has changes not saved yet. A map file's side saves back to its file, atomically; the
 * last commit's side is read-only.
 */
final class CompareSide {

    private final String label;
    private final IFile file;
    private final boolean readOnly;
    private Resource resource;
    private boolean dirty;

    private CompareSide(String label, IFile file, Resource resource, boolean readOnly) {
        this.label = label;
        this.file = file;
        this.resource = resource;
        this.readOnly = readOnly;
    }

    /** A map file of the workspace, as it is on disk. */
    static CompareSide of(IFile file) throws JourneyLoadException {
        return new CompareSide(file.getName(), file, JourneyPersistence.load(path(file)), false);
    }

    /** A version of a map file read from elsewhere (a commit), read-only. */
    static CompareSide committed(IFile file, byte[] content, String label) throws JourneyLoadException {
        Path path = path(file);
        ResourceSet set = JourneyPersistence.newResourceSet();
        Resource resource = set.createResource(URI.createFileURI(path.toString()));
        try {
            resource.load(new ByteArrayInputStream(content), set.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            throw new JourneyLoadException(label, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty()) {
            throw new JourneyLoadException(label, 0, 0, "not a journey model: the file holds no element", null);
        }
        return new CompareSide(label, file, resource, true);
    }

    private static Path path(IFile file) {
        return file.getLocation().toFile().toPath().toAbsolutePath().normalize();
    }

    /** What the view calls this side: the file name, or the commit. */
    String label() {
        return label;
    }

    IFile file() {
        return file;
    }

    /** The file this side's map is saved to. */
    Path path() {
        return path(file);
    }

    Resource resource() {
        return resource;
    }

    boolean readOnly() {
        return readOnly;
    }

    boolean dirty() {
        return dirty;
    }

    /**
     * Puts a new version of the map in place of this side's (in memory; {@link #save()} writes it).
     *
     * @return the references left out because their target is not in the new version
     */
    List<SnapshotBuilder.Dropped> replace(ModelSnapshot snapshot) {
        if (readOnly) {
            throw new IllegalStateException(label + " is read-only");
        }
        ResourceSet set = JourneyPersistence.newResourceSet();
        JourneyPersistence.allowDocument(set, path());
        Resource fresh = set.createResource(resource.getURI());
        List<SnapshotBuilder.Dropped> dropped = SnapshotBuilder.build(snapshot, fresh);
        resource = fresh;
        dirty = true;
        return dropped;
    }

    /** Writes the map to its file atomically and lets the workspace know. */
    void save() throws IOException, CoreException {
        if (!dirty) {
            return;
        }
        JourneyPersistence.save(resource, path());
        dirty = false;
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }
}
