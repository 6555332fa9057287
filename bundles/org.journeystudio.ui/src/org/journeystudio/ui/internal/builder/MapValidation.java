package org.journeystudio.ui.internal.builder;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.journeystudio.model.persistence.JourneyLoadException;
import org.journeystudio.model.persistence.JourneyPersistence;
import org.journeystudio.model.persistence.JourneyResource;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.ui.internal.viewpoints.MapViewpoints;
import org.journeystudio.viewpoint.representation.RepresentationFile;
import org.journeystudio.viewpoint.rules.SpecRuleValidation;

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
            RepresentationFile selection = MapViewpoints.onDisk(resource.getResourceSet(), file.getLocation().toPath());
            List<JourneyDiagnostic> findings = SpecRuleValidation.validate(resource, MapViewpoints.specs(selection));
            ProblemMarkers.replace(file, findings);
            return findings;
        } finally {
            resource.unload();
        }
    }
}
