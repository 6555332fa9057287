package org.journeystudio.ui.internal.navigator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.Resource;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.builtin.JourneyViewpoint;
import org.journeystudio.viewpoint.session.RepresentationFiles;

/** Reads which representations a map has from its {@code .journeyrep}, without loading the map itself. */
final class MapRepresentations {

    private MapRepresentations() {
    }

    /** The workspace file of a map's representations (which may not exist yet). */
    static IFile representationFile(IFile map) {
        Path beside = RepresentationFiles.beside(Path.of(map.getName()));
        return map.getParent().getFile(IPath.fromOSString(beside.getFileName().toString()));
    }

    static boolean has(IFile map) {
        return representationFile(map).exists();
    }

    /** The stored representations, in the order the editor shows them; none when the file cannot be read. */
    static List<RepresentationEntry> of(IFile map) {
        IFile file = representationFile(map);
        if (!file.exists() || file.getLocation() == null || !Files.isRegularFile(file.getLocation().toPath())) {
            return List.of();
        }
        try {
            Resource resource = RepresentationFiles.load(JourneyPersistence.newResourceSet(), file.getLocation().toPath());
            return RepresentationFiles.rootOf(resource).getRepresentations().stream()
                    .map(representation -> new RepresentationEntry(map, representation.getName(),
                            label(representation.getDescription())))
                    .toList();
        } catch (JourneyLoadException e) {
            ILog.of(MapRepresentations.class).warn("the representations of " + map.getFullPath() + " cannot be read", e);
            return List.of();
        }
    }

    private static String label(String descriptionName) {
        RepresentationDescription description = JourneyViewpoint.spec().description(descriptionName);
        return description == null || description.getLabel() == null ? descriptionName : description.getLabel();
    }
}
