package org.journeystudio.ui.internal.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.journeystudio.model.validation.JourneyDiagnostic;
import org.journeystudio.model.validation.Severity;

/**
 * The Problems-view markers of a map: one {@value #TYPE} marker per validation finding,
 * replaced as a whole each time the map is validated.
 */
public final class ProblemMarkers {

    /** The marker type, a subtype of the platform's problem marker (declared in plugin.xml). */
    public static final String TYPE = "org.journeystudio.ui.problem";
    /** Marker attribute: the rule's code, e.g. JM001. */
    public static final String CODE = "code";
    /** Marker attribute: the xmi:id of the element the finding is about. */
    public static final String ELEMENT_ID = "elementId";

    private ProblemMarkers() {
    }

    /** Replaces the file's journey markers with one per finding, in one workspace operation. */
    public static void replace(IFile file, List<JourneyDiagnostic> findings) throws CoreException {
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (JourneyDiagnostic finding : findings) {
                create(file, finding);
            }
        }, file, 0, null);
    }

    private static void create(IFile file, JourneyDiagnostic finding) throws CoreException {
        IMarker marker = file.createMarker(TYPE);
        marker.setAttribute(IMarker.SEVERITY, severity(finding.severity()));
        marker.setAttribute(IMarker.MESSAGE, finding.code() + " " + finding.message());
        marker.setAttribute(IMarker.LOCATION, finding.path());
        marker.setAttribute(CODE, finding.code());
        marker.setAttribute(ELEMENT_ID, finding.elementId());
        if (finding.line() > 0) {
            marker.setAttribute(IMarker.LINE_NUMBER, finding.line());
        }
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
