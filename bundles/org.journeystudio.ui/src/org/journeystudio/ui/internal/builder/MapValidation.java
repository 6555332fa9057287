package org.journeystudio.ui.internal.builder;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.JourneyValidation;
import org.journeystudio.ui.internal.markers.ProblemMarkers;

/**
 * Validates a map as it is on disk into its Problems markers, with the same rules as the editor and
 * {@code journey validate}; a map that cannot be read gets one marker that says why.
 */
public final class MapValidation {

    private MapValidation() {
    }

    /** Whether a workspace file is a map. */
    public static boolean isMap(IFile file) {
        return JourneyPersistence.FILE_EXTENSION.equals(file.getFileExtension());
    }

    /** Reads, validates and marks one map file; returns the findings (none when it cannot be read). */
    public static List<JourneyDiagnostic> validate(IFile file) throws CoreException {
        if (!file.exists() || file.getLocation() == null) {
            return List.of();
        }
        JourneyResource resource;
        try {
            resource = JourneyPersistence.load(file.getLocation().toPath());
        } catch (JourneyLoadException e) {
            ProblemMarkers.replaceWithLoadError(file, e);
            return List.of();
        }
        try {
            List<JourneyDiagnostic> findings = JourneyValidation.validate(resource);
            ProblemMarkers.replace(file, findings);
            return findings;
        } finally {
            resource.unload();
        }
    }
}
