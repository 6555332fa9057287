package org.journeystudio.ui.internal.editor;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.ui.internal.markers.ProblemMarkers;
import org.journeystudio.ui.internal.viewpoints.MapViewpoints;
import org.journeystudio.viewpoint.rules.SpecRuleValidation;
import org.journeystudio.viewpoint.session.Session;

/** Saving a map: validation, both files written atomically, then the Problems markers. */
final class MapSaver {

    private MapSaver() {
    }

    /**
     * Validates, saves and, for a workspace file, refreshes the workspace and replaces the markers.
     * Validation runs first because saving clears the resource's load errors, which rule JM008
     * (unresolved references) reports.
     *
     * @return the findings
     */
    static List<JourneyDiagnostic> save(Session session, IFile file) throws IOException, CoreException {
        List<JourneyDiagnostic> findings = SpecRuleValidation.validate(session.semanticResource(),
                MapViewpoints.specs(session.representationFile()));
        session.save();
        if (file != null) {
            // The session writes through java.nio: the workspace learns of both files by a refresh.
            file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            ProblemMarkers.replace(file, findings);
        }
        return findings;
    }
}
